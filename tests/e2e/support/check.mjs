// Completing a check inside any scope: a page, or a locator around one embedded widget. The
// shared helpers in lib/flow.mjs wait with document-level queries, which cannot see into a
// shadow root; this one uses only locators (Playwright's CSS locators pierce open shadow roots)
// and SPEC's test hooks, so it drives the standalone page and an embed alike.

/** Picks a place on the map figure (`knee-front.left`), or in the list if the view lacks it. */
export async function pickRegion(scope, sel) {
  const [region, side] = sel.split('.');
  const target = () => scope.locator(`[data-region="${region}"][data-side="${side}"]`).first();
  if ((await target().count()) === 0) await scope.locator('[data-view="list"]').first().click();
  await target().click();
}

/**
 * Completes a whole check in `scope` with a vignette's regions and answers (questions it does not
 * answer are left as they are: unsure, or empty). Resolves when the results (`[data-triage]`) show.
 */
export async function completeCheck(scope, v) {
  for (const r of v.regions) await pickRegion(scope, r);
  await scope.locator('[data-action="next"]').first().click();
  for (let step = 0; step < 40; step++) {
    const current = scope.locator('[data-question], [data-triage]').first();
    await current.waitFor({ state: 'attached', timeout: 10_000 });
    if ((await current.getAttribute('data-triage')) !== null) return;
    const q = await current.getAttribute('data-question');
    await answer(current, q, v.answers[q]);
    await current.locator('[data-action="results"], [data-action="next"]').first().click();
    // The step has changed once another question or the results are there.
    await scope
      .locator(`[data-question]:not([data-question="${q}"]), [data-triage]`)
      .first()
      .waitFor({ state: 'attached', timeout: 10_000 });
  }
  throw new Error('the check did not reach its results in 40 steps');
}

async function answer(question, q, value) {
  const choice = (a) => question.locator(`[data-answer="${a}"]`).first();
  if (value === undefined) return;
  if (q === 'weeks-to-race') {
    if (value === 'no-race') await choice('no-race').check();
    else await choice('weeks').fill(String(value));
  } else {
    for (const a of Array.isArray(value) ? value : [value]) await choice(a).check();
  }
}
