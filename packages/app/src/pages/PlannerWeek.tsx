// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The week table: a row per worker (or client), a cell per day, each visit with its time, the
 * other party, its conflicts in words (⚠ and text, never colour only) and the move and cancel
 * buttons. Rows are memoised on their own visits and stay mounted when the filter hides them:
 * a filter change flips `hidden`, a move re-renders only the rows it touches. A planned visit can
 * be dragged with the mouse to another day (and, per worker, another worker's row); the move
 * button is the same change without dragging (WCAG 2.5.7).
 */
import type { Bezoek } from '@zorghub/schemas';
import { type DragEvent, memo } from 'react';
import { useLang } from '../i18n';
import { planningTexts } from '../texts/planning';
import type { Conflict } from '../week';

export interface RowProps {
  row: string;
  /** Hidden by the filter: kept mounted, so clearing the filter shows it without rendering it. */
  hidden?: boolean;
  days: readonly string[];
  /** The row's visits per day, in the order of `days`; each list in start order. */
  byDay: readonly (readonly Bezoek[])[];
  /** The row's conflicts as a string (id:c,c;…), so an unchanged row compares equal. */
  flags: string;
  found: ReadonlyMap<string, Conflict[]>;
  view: 'worker' | 'client';
  onMove(v: Bezoek): void;
  onCancel(v: Bezoek): void;
  /** A visit (by id) dropped on a day of this row. */
  onDrop(id: string, day: string, row: string): void;
}

/** The drag carries the visit's id under this type, so other drags (text, files) are not drops. */
const DRAG_TYPE = 'application/x-zorghub-bezoek';
const over = (on: boolean) => (e: DragEvent<HTMLElement>) => {
  if (!e.dataTransfer.types.includes(DRAG_TYPE)) return;
  e.preventDefault();
  e.currentTarget.classList.toggle('zh-drop-target', on);
};

const time = (iso: string) => iso.slice(11, 16);

function Row({ hidden, ...props }: RowProps) {
  return (
    <tr className="utrecht-table__row" hidden={hidden}>
      <Cells {...props} />
    </tr>
  );
}

function RowCells({ row, days, byDay, found, view, onMove, onCancel, onDrop }: RowProps) {
  const { t, lang } = useLang();
  const p = planningTexts[lang];
  return (
    <>
      <th className="utrecht-table__header-cell" scope="row">
        {row}
      </th>
      {days.map((d, i) => (
        <td
          className="utrecht-table__cell"
          key={d}
          data-day={d}
          onDragEnter={over(true)}
          onDragOver={over(true)}
          onDragLeave={over(false)}
          onDrop={(e) => {
            const id = e.dataTransfer.getData(DRAG_TYPE);
            if (!id) return;
            e.preventDefault();
            e.currentTarget.classList.remove('zh-drop-target');
            onDrop(id, d, row);
          }}
        >
          {(byDay[i] ?? []).map((v) => {
            const cs = found.get(v.id) ?? [];
            const live = v.status === 'gepland';
            return (
              // biome-ignore lint/a11y/noStaticElementInteractions: dragging is the mouse's shortcut; the Move button inside is the same change by keyboard (WCAG 2.5.7)
              <div
                key={v.id}
                data-visit={v.id}
                draggable={live}
                onDragStart={(e) => {
                  e.dataTransfer.setData(DRAG_TYPE, v.id);
                  e.dataTransfer.effectAllowed = 'move';
                }}
                className={`zh-visit${cs.length ? ' zh-visit--conflict' : ''}${live ? '' : ' zh-visit--cancelled'}`}
              >
                <strong>
                  {time(v.geplandStartOp)}–{time(v.geplandEindOp)}
                </strong>{' '}
                {view === 'worker' ? v.clientId : v.deelnemerId}
                {cs.map((c) => (
                  <span key={c} className="zh-conflict">
                    {' '}
                    ⚠ {t.planner[c]}
                  </span>
                ))}
                {live && (
                  <span className="zh-visit-actions">
                    <button
                      type="button"
                      className="utrecht-button utrecht-button--subtle-action zh-small"
                      onClick={() => onMove(v)}
                      aria-label={`${p.move} ${v.id}`}
                    >
                      {p.move}
                    </button>
                    <button
                      type="button"
                      className="utrecht-button utrecht-button--subtle-action zh-small"
                      onClick={() => onCancel(v)}
                      aria-label={`${t.planner.cancel} ${v.id}`}
                    >
                      {t.planner.cancel}
                    </button>
                  </span>
                )}
              </div>
            );
          })}
        </td>
      ))}
    </>
  );
}

const sameList = (a: readonly Bezoek[] | undefined, b: readonly Bezoek[] | undefined) =>
  a === b || (!!a && !!b && a.length === b.length && a.every((v, i) => v === b[i]));

/** Equal when the row shows the same visit objects with the same conflicts. */
export function sameRow(a: RowProps, b: RowProps): boolean {
  return (
    a.row === b.row &&
    a.days === b.days &&
    a.view === b.view &&
    a.flags === b.flags &&
    a.onMove === b.onMove &&
    a.onCancel === b.onCancel &&
    a.onDrop === b.onDrop &&
    a.byDay.length === b.byDay.length &&
    a.byDay.every((list, i) => sameList(list, b.byDay[i]))
  );
}

const Cells = memo(RowCells, sameRow);

export const WeekRow = memo(Row, (a, b) => a.hidden === b.hidden && sameRow(a, b));

/** Per row id, its visits per day of the week (start order kept from `week`). */
export function groupWeek(
  week: readonly Bezoek[],
  days: readonly string[],
  rowOf: (v: Bezoek) => string,
): Map<string, Bezoek[][]> {
  const index = new Map(days.map((d, i) => [d, i]));
  const out = new Map<string, Bezoek[][]>();
  for (const v of week) {
    const i = index.get(v.geplandStartOp.slice(0, 10));
    if (i === undefined) continue;
    const key = rowOf(v);
    let row = out.get(key);
    if (!row) {
      row = days.map(() => []);
      out.set(key, row);
    }
    row[i]!.push(v);
  }
  return out;
}
