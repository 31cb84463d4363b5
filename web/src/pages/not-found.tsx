export function NotFound() {
  return (
    <>
      <h1 class="govuk-heading-l">Page not found</h1>
      <p class="govuk-body">
        If you typed the address, check it is correct. You can <a href="/">start from England's picture</a> or search
        for a council, trust or school above.
      </p>
    </>
  );
}
