// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** Dutch first, English too: the texts of the app and the language the user chose (kept per browser). */
import { codelists } from '@zorghub/schemas';
import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import { en } from './texts/en';
import { nl, type Texts } from './texts/nl';

export type Lang = 'nl' | 'en';
const LANG_KEY = 'zorghub.taal';

interface LangState {
  lang: Lang;
  t: Texts;
  setLang(lang: Lang): void;
}

const LangContext = createContext<LangState>({ lang: 'nl', t: nl, setLang: () => {} });

function initialLang(): Lang {
  const stored = localStorage.getItem(LANG_KEY);
  if (stored === 'nl' || stored === 'en') return stored;
  return 'nl';
}

export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = (next: Lang) => {
    localStorage.setItem(LANG_KEY, next);
    setLangState(next);
  };
  return (
    <LangContext.Provider value={{ lang, t: lang === 'en' ? en : nl, setLang }}>
      {children}
    </LangContext.Provider>
  );
}

export const useLang = () => useContext(LangContext);

/** The label of a code in the user's language (labels come from the standard's codelists). */
export function label(
  labels: Readonly<Record<string, { nl: string; en: string }>>,
  code: string,
  lang: Lang,
): string {
  return labels[code]?.[lang] ?? code;
}

/**
 * Labels of the outflow destinations. That codelist is open, so the standard has no generated label
 * table for it: these are the labels of its known codes, and `label` shows any other code as is.
 */
export const uitstroombestemmingLabels: Readonly<Record<string, { nl: string; en: string }>> =
  Object.fromEntries(
    (codelists.uitstroombestemming?.codes ?? []).map((c) => [
      c.code,
      { nl: c.labelNl, en: c.labelEn },
    ]),
  );
