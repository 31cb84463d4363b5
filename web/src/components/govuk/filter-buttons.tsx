// A filter form's last row: apply the filters, or go back to the unfiltered address.
export function FilterButtons({ clearHref }: { clearHref: string }) {
  return (
    <div class="govuk-button-group">
      <button class="govuk-button" type="submit" data-module="govuk-button">
        Apply filters
      </button>
      <a class="govuk-link" href={clearHref}>
        Clear filters
      </a>
    </div>
  );
}
