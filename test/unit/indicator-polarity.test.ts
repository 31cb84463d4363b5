// Each LAIT measure's better direction as the DfE's own LAIT reads it: the Polarity column of the LAIT tool's data
// dictionary (github.com/dfe-analytical-services/local-authority-interactive-tool, 01_data/02_prod/
// lait_data_dictionary.csv at commit 7050aa3589d1f78129845ab86af48af368ffd421; the version at 00c38ec5 agrees).
// "High" is HIGHER_IS_BETTER, "Low" LOWER_IS_BETTER, NA or "-" NEITHER. Copied here by measure, so a change to
// the catalogue that disagrees with the DfE fails; a new LAIT measure must be added with the dictionary's reading.
import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../../functions/core/indicators/catalogue.js';

const LAIT_POLARITY: Record<string, 'High' | 'Low' | 'NA' | '-'> = {
  SEN_TotSENSuP: 'NA',
  SEN_TotStat: 'NA',
  PrimNoStatements: 'NA',
  SecNoStatements: 'NA',
  PrimStatements: 'NA',
  SecStatements: 'NA',
  SEN_CASES_JAN: '-',
  SEN_EHC_All_20wks: 'High',
  SEN_EHC_Excpt_20wks: 'High',
  EHCP_Initial_req_refused: '-',
  SEN_AppealableDec: 'Low',
  TotAbs: 'Low',
  TotPerAbNew: 'Low',
  SFPriPerAbNew: 'Low',
  SFSecPerAbNew: 'Low',
  SpecPerAbNew: 'Low',
  TotSevPerAbNew: 'Low',
  TotFixedEx: 'Low',
  PriFixedEx: 'Low',
  SecFixedEx: 'Low',
  SpecFixedEx: 'Low',
  'Total_ Pup_FixedEx': 'Low',
  TotPermEx: 'Low',
  PriPermEx: 'Low',
  SecPermEx: 'Low',
  SpecPermEx: 'Low',
  PriFSM: 'NA',
  SecFSM: 'NA',
  Ever6_FSM_Prim: 'Low',
  Ever6_FSM_Sec: 'Low',
};

const POLARITY = { High: 'HIGHER_IS_BETTER', Low: 'LOWER_IS_BETTER', NA: 'NEITHER', '-': 'NEITHER' } as const;

const fromLait = INDICATORS.filter((indicator) => indicator.lait !== undefined);

describe('polarity as the DfE’s LAIT reads it', () => {
  it('knows the dictionary’s reading of every LAIT measure in the catalogue', () => {
    expect(fromLait.filter((indicator) => !((indicator.lait ?? '') in LAIT_POLARITY)).map((i) => i.id)).toEqual([]);
  });

  it.each(fromLait.map((indicator) => [indicator.id, indicator.lait ?? '', indicator.polarity]))(
    '%s (LAIT %s) counts the direction LAIT counts as better',
    (_id, measure, polarity) => {
      const reading = LAIT_POLARITY[measure];
      expect(reading && POLARITY[reading]).toBe(polarity);
    },
  );
});
