// Drives the self-check as a runner would (pick places, answer, go on) and reads the results
// through SPEC's test hooks. Shared by the vignette, flow and accessibility suites.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './server.mjs';

/**
 * The v2 stories that wait for SPEC v2's new conditions, regions and questions. Only ever shrinks;
 * the same list as PENDING_V2 in core/tests/engine_support/mod.rs (a native test keeps them equal).
 */
export const PENDING_V2 = [];

const readShared = (file) => JSON.parse(readFileSync(join(REPO_ROOT, '..', 'shared', 'domain', file), 'utf8'));

/** The public vignettes, read from shared/ (a sibling of the repository, in CI too): v1 and v2, less the pending ones. */
export function loadVignettes() {
  return [...readShared('vignettes.json'), ...readShared('vignettes-v2.json').filter((v) => !PENDING_V2.includes(v.id))];
}

/** SPEC's share-link fragment for a vignette, written independently of the widget's encoder. */
export function shareFragment(v) {
  const parts = ['v=1'];
  if (v.regions?.length) parts.push(`regions=${v.regions.join(',')}`);
  for (const [q, a] of Object.entries(v.answers ?? {})) {
    parts.push(`${q}=${Array.isArray(a) ? a.join(',') : a}`);
  }
  return parts.join('&');
}

/** Waits for the widget to be interactive (the map step or the results). */
export async function ready(page) {
  await page.locator('[data-region], [data-triage]').first().waitFor({ state: 'attached', timeout: 20_000 });
}

/** Picks places in the list alternative (every region is there, whatever the view). */
export async function pickRegions(page, regions) {
  await page.locator('[data-view="list"]').click();
  for (const r of regions) {
    const [region, side] = r.split('.');
    await page.locator(`input[type="checkbox"][data-region="${region}"][data-side="${side}"]`).check();
  }
}

/**
 * Walks the check from the current question to the results. On each question it calls
 * `visit(q, scope, forward)`: `scope` is the question's section, `forward` its Next (or "See my
 * results") button; `visit` answers as it likes and presses `forward` itself (so a caller can time
 * it). Then it waits for the step to change. Returns the questions asked, in order.
 */
export async function eachQuestion(page, visit, { maxSteps = 30, timeout = 10_000 } = {}) {
  const asked = [];
  for (let i = 0; i < maxSteps; i++) {
    const step = page.locator('[data-question], [data-triage]').first();
    await step.waitFor({ state: 'attached', timeout });
    const q = await step.getAttribute('data-question');
    if (q === null) return asked;
    asked.push(q);
    const scope = page.locator(`[data-question="${q}"]`);
    await visit(q, scope, scope.locator('[data-action="next"], [data-action="results"]').first());
    await page.waitForFunction(
      (prev) => !document.querySelector(`[data-question="${prev}"]`) || document.querySelector('[data-triage]'),
      q,
      { timeout },
    );
  }
  throw new Error(`no results after ${maxSteps} steps; asked ${asked.join(', ')}`);
}

/**
 * Answers every question the widget asks with the vignette's answers ("Not sure" for a single
 * choice it does not give, multi-choice left empty; `options.leaveBlank` leaves single choices
 * blank too), pressing Next until the results show. Returns the questions asked.
 * A runner clicking through always answers the warning signs: "None of these" unless given.
 */
export async function answerAll(page, answers, options) {
  return eachQuestion(
    page,
    async (q, scope, forward) => {
      const a = q === 'red-flags' && answers[q] === undefined ? ['none'] : answers[q];
      if (q === 'weeks-to-race' && a !== undefined) {
        if (a === 'no-race') await scope.locator('[data-answer="no-race"]').check();
        else await scope.locator('[data-answer="weeks"]').fill(String(a));
      } else if (Array.isArray(a)) {
        for (const x of a) await scope.locator(`[data-answer="${x}"]`).check();
      } else if (a !== undefined) {
        await scope.locator(`[data-answer="${a}"]`).check();
      } else if (!options?.leaveBlank && (await scope.locator('input[type="radio"][data-answer="unsure"]').count())) {
        // SPEC: a question the story does not answer is answered "Not sure" (multi-choice left empty).
        await scope.locator('[data-answer="unsure"]').check();
      }
      await forward.click();
    },
    options,
  );
}

/** What the results show, read through the test hooks. */
export async function readResults(page) {
  await page.locator('[data-triage]').first().waitFor({ state: 'attached', timeout: 20_000 });
  return page.evaluate(() => {
    const all = (sel) => [...document.querySelectorAll(sel)];
    const conds = all('[data-condition]');
    return {
      triage: document.querySelector('[data-triage]')?.getAttribute('data-triage') ?? null,
      conditions: conds.map((c) => c.getAttribute('data-condition')),
      origins: conds.map((c) => c.getAttribute('data-origin')),
      plan: document.querySelector('[data-plan]')?.getAttribute('data-plan') ?? null,
      exercises: all('[data-exercise]').map((e) => e.getAttribute('data-exercise')),
      outOfScope: !!document.querySelector('[data-out-of-scope]'),
      cautions: all('[data-caution]').map((c) => c.getAttribute('data-caution')),
    };
  });
}

/** Asserts a vignette's `expect` block against what the results show. */
export function checkExpect(id, r, expect) {
  const m = (what) => `${id}: ${what} (got ${JSON.stringify(r)})`;
  if (expect.top !== undefined) assert.equal(r.conditions[0], expect.top, m('top condition'));
  if (expect.origin !== undefined) assert.equal(r.origins[0], expect.origin, m('origin of the top condition'));
  if (expect.triage !== undefined) assert.equal(r.triage, expect.triage, m('triage'));
  if (expect.plan !== undefined) assert.equal(r.plan, expect.plan, m('plan'));
  for (const e of expect.exercises_include ?? []) assert.ok(r.exercises.includes(e), m(`exercise ${e} shown`));
  if (expect.no_conditions) assert.deepEqual(r.conditions, [], m('no conditions'));
  if (expect.no_exercises) assert.deepEqual(r.exercises, [], m('no exercises'));
  if (expect.out_of_scope !== undefined) assert.equal(r.outOfScope, expect.out_of_scope, m('out of scope'));
  if (expect.caution !== undefined) assert.ok(r.cautions.includes(expect.caution), m(`caution ${expect.caution} shown`));
  if (expect.not_triage !== undefined) assert.notEqual(r.triage, expect.not_triage, m(`never ${expect.not_triage}`));
}

/**
 * Waits (up to 3 s) for the focus to land on a step heading. The app moves focus in an effect
 * after the new step is in the DOM, which on a busy machine can be a task after the DOM change
 * a test waits for; the caller then checks where focus is.
 */
export async function headingFocused(page) {
  await page.waitForFunction(() => document.activeElement?.tagName === 'H2', null, { timeout: 3000 }).catch(() => {});
}
