// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The formula of a line's base quantity in one year: a driver times the price its calculation uses.
 * For a line per year in the state people enter at an outflow, `part` picks the leavers (`event`)
 * or the leavers times the part of the year gone when they left (`yearGone`).
 */
import type { CompiledLine } from '../../model/compile.js';
import type { DriverCells } from './drivers-sheet.js';
import type { InputCells } from './inputs-sheet.js';
import { orZero } from './sheet-kit.js';

export function baseQuantityFormula(
  line: CompiledLine,
  column: string,
  inputs: InputCells,
  drivers: DriverCells,
  context: { yearIndex: number; startMonth: number; part: 'event' | 'yearGone' },
): string {
  const gone = context.part === 'yearGone';
  const general = (key: string) => orZero(inputs.general(key));
  const unit = orZero(inputs.input(line.unit));
  const driver = (name: Parameters<DriverCells['at']>[0]) => drivers.at(name, column);
  switch (line.calculation) {
    case 'loon':
      return driver('wageBill');
    case 'werkgeverslasten':
      return `${driver('wageBill')}*${general('werkgeverslasten')}`;
    case 'loonheffing':
      return `${driver('wageBill')}*${general('loonheffing')}`;
    case 'loonkostensubsidie':
      return `${driver('hours')}*${general('uurloon')}*(1+${general('vakantiegeld')})*(1-${general('loonwaarde')})*(1+${general('lksOpslag')})`;
    case 'training':
      return `${driver('intake')}*${general('trainingKosten')}`;
    case 'jobcoaching':
      return `${driver('coach')}*${general('jobcoachTarief')}`;
    case 'abonnement':
      return `${driver('billable')}*(1-${general('particulierAandeel')})*${general('tariefAbonnement')}`;
    case 'particulier':
      return `${driver('billable')}*${general('particulierAandeel')}*${general('tariefParticulier')}`;
    case 'bijstand':
      return driver('assistance');
    case 'bijstand-uitstroom':
      return gone
        ? `(${driver('outRegularYearGone')}+${driver('outOtherYearGone')})*${general('bijstandsnormMaand')}*12`
        : `(${driver('outRegular')}+${driver('outOther')})*${general('bijstandsnormMaand')}*12`;
    case 'per-werkende':
      return `${driver('workers')}*${unit}`;
    case 'per-uur':
      return `${driver('hours')}*${unit}`;
    case 'per-declarabel-uur':
      return `${driver('billable')}*${unit}`;
    case 'per-instroom':
      return `${driver('intake')}*${unit}`;
    case 'per-uitstroom-regulier':
      return `${driver(gone ? 'outRegularYearGone' : 'outRegular')}*${unit}`;
    case 'per-uitstroom-ander-werk':
      return `${driver(gone ? 'outOtherYearGone' : 'outOther')}*${unit}`;
    case 'vast':
      return line.proRata && context.yearIndex === 0
        ? `${unit}*(13-${context.startMonth})/12`
        : unit;
    default:
      return '0';
  }
}
