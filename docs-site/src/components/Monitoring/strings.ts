// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { translate } from '@docusaurus/Translate';

/** The texts of the plan-against-actual view, Dutch first; English in i18n/en/code.json. */
export const M = {
  title: () => translate({ id: 'monitor.title', message: 'Plan tegen werkelijkheid' }),
  intro: () =>
    translate({
      id: 'monitor.intro',
      message:
        'Zet een datapakket van uw hub neer (de bestanden met datapakket.json, of één ZIP) om elke aanname van het scenario hierboven naast de gemeten waarde te zien, met de afwijking en het effect op de netto contante waarde.',
    }),
  drop: () =>
    translate({
      id: 'monitor.drop',
      message: 'Sleep de bestanden of de ZIP hierheen, of kies ze:',
    }),
  choose: () => translate({ id: 'monitor.choose', message: 'Datapakket kiezen' }),
  private: () =>
    translate({
      id: 'monitor.private',
      message:
        'Het pakket wordt alleen in deze browser gelezen en nergens heen gestuurd. De browser controleert het niet zoals zorghub validate; doe dat eerst.',
    }),
  busy: () => translate({ id: 'monitor.busy', message: 'Bezig met lezen en vergelijken…' }),
  readSummary: (records: number, files: number, leftOut: number) =>
    translate(
      {
        id: 'monitor.readSummary',
        message: '{records} records gelezen uit {files} bestanden; {leftOut} overgeslagen.',
      },
      { records, files, leftOut },
    ),
  problems: (n: number) =>
    translate({ id: 'monitor.problems', message: '{n} meldingen bij het lezen:' }, { n }),
  caption: (name: string) =>
    translate(
      { id: 'monitor.caption', message: 'Aannames van "{name}" tegen de registratie' },
      { name },
    ),
};
