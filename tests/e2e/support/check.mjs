// Driving the widget like a runner, through SPEC's test hooks only (`data-region`/`data-side`,
// `data-view`, `data-question`, `data-answer`, `data-action`, `data-triage`), so the same helper
// works on the standalone page and inside an embed's shadow root (Playwright's CSS locators pierce
// open shadow roots). Used by the embed and offline tests.

import { readFileSync } from 'node:fs';

/** The shared vignettes (runners' stories with their answers and what the widget must conclude). */
export function vignettes() {
  return JSON.parse(readFileSync(new URL('../../../../shared/domain/vignettes.json', import.meta.url), 'utf8'));
}

/** SPEC's share-link fragment for a vignette: `#v=1&regions=...&question=answer,...`. */
export function shareFragment(v) {
  const parts = ['v=1', `regions=${v.regions.join(',')}`];
  for (const [q, a] of Object.entries(v.answers)) parts.push(`${q}=${Array.isArray(a) ? a.join(',') : a}`);
  return `#${parts.join('&')}`;
}

/** Picks a place on the map (`knee-front.left`), switching to the list if the view lacks it. */
export async function pickRegion(scope, sel) {
  const [region, side] = sel.split('.');
  const target = () => scope.locator(`[data-region="${region}"][data-side="${side}"]`).first();
  if ((await target().count()) === 0) await scope.locator('[data-view="list"]').first().click();
  await target().click();
}

/**
 * Completes a whole check in `scope` (a page or a locator around one widget) with a vignette's
 * regions and answers; questions it does not answer get "unsure" (single choice) or nothing.
 * Resolves when the results (`[data-triage]`) are shown.
 */
export async function completeCheck(scope, v) {
  for (const r of v.regions) await pickRegion(scope, r);
  await scope.locator('[data-action="next"]').first().click();
  for (let step = 0; step < 40; step++) {
    const question = scope.locator('[data-question]').first();
    await Promise.race([
      question.waitFor({ state: 'attached', timeout: 10_000 }),
      scope.locator('[data-triage]').first().waitFor({ state: 'attached', timeout: 10_000 }),
    ]);
    if ((await scope.locator('[data-triage]').count()) > 0) return;
    const q = await question.getAttribute('data-question');
    await answer(question, q, v.answers[q]);
    const forward = scope.locator('[data-action="results"], [data-action="next"]').first();
    await forward.click();
    // Wait for the step to change: another question, or the results.
    await scope
      .locator(`[data-question]:not([data-question="${q}"]), [data-triage]`)
      .first()
      .waitFor({ state: 'attached', timeout: 10_000 });
  }
  throw new Error('the check did not reach its results in 40 steps');
}

async function answer(question, q, value) {
  const choice = (a) => question.locator(`[data-answer="${a}"]`).first();
  if (q === 'weeks-to-race') {
    if (value === 'no-race') await choice('no-race').check();
    else if (value !== undefined) await choice('weeks').fill(String(value));
    return;
  }
  if (Array.isArray(value)) {
    for (const a of value) await choice(a).check();
  } else if (value !== undefined) {
    await choice(value).check();
  } else if ((await choice('unsure').count()) > 0) {
    await choice('unsure').check();
  }
}
