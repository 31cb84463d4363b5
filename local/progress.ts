// Progress of a long local job: a bar with rows/s and time left on a terminal (cli-progress), plain lines every
// few seconds otherwise (CI logs, pipes), so a log is readable and a person sees it moving.
import { SingleBar } from 'cli-progress';

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

const LINE_EVERY_MS = 5000;

export function progress(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  const started = Date.now();
  if (stream.isTTY) {
    const bar = new SingleBar({
      stream,
      format: `${label} [{bar}] {percentage}% | {value}/{total} | {speed}/s | {eta_formatted} left`,
      hideCursor: true,
      etaBuffer: 50,
    });
    let begun = false;
    return {
      update(done, total) {
        const elapsed = Math.max((Date.now() - started) / 1000, 0.001);
        const speed = Math.round(done / elapsed);
        if (!begun) {
          bar.start(total, done, { speed });
          begun = true;
        } else {
          bar.setTotal(total);
          bar.update(done, { speed });
        }
      },
      stop: () => bar.stop(),
    };
  }
  let lastLine = started;
  return {
    update(done, total) {
      const now = Date.now();
      if (now - lastLine < LINE_EVERY_MS && done < total) return;
      lastLine = now;
      const elapsed = (now - started) / 1000;
      const rate = done / Math.max(elapsed, 0.001);
      const left = rate > 0 ? Math.round((total - done) / rate) : 0;
      stream.write(`${label}: ${done}/${total} (${Math.round(rate)}/s, about ${left} s left)\n`);
    },
    stop() {},
  };
}
