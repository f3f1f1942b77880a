// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Which regional profile the page checks against, as `zorghub validate --profile` chooses: the one
// the data package declares (the default), one shipped with the standard, or a profile folder the
// user picks (read here, like the data: nothing is sent).
import shipped from '@site/src/generated/profiles.json';
import type { DroppedFile, Lang } from '@zorghub/schemas/validate/browser';
import { type ReactNode, useEffect, useRef } from 'react';
import { filesFromInput } from './files';
import { T } from './strings';
import styles from './styles.module.css';

/** '' for the declared profile, a shipped profile's name, or FOLDER for a picked folder. */
export const FOLDER = '#map';

export interface Choice {
  value: string;
  folder?: DroppedFile[];
}

/** What the Worker is given for a choice (undefined: the profile the package declares). */
export function profileOption(choice: Choice): string | DroppedFile[] | undefined {
  if (choice.value === FOLDER)
    return choice.folder && choice.folder.length > 0 ? choice.folder : undefined;
  return choice.value === '' ? undefined : choice.value;
}

export function ProfileChoice({
  choice,
  lang,
  onChange,
}: {
  choice: Choice;
  lang: Lang;
  onChange: (choice: Choice) => void;
}): ReactNode {
  const folderInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    folderInput.current?.setAttribute('webkitdirectory', '');
  });
  return (
    <div className={styles.profile}>
      <label htmlFor="validate-profile">{T.profile()}</label>{' '}
      <select
        id="validate-profile"
        data-testid="profile"
        value={choice.value}
        onChange={(e) => onChange({ value: e.currentTarget.value })}
      >
        <option value="">{T.profileDeclared()}</option>
        {shipped.map((p) => (
          <option key={p.path} value={p.path}>
            {`${typeof p.title === 'string' ? p.title : p.title[lang]} (${p.path})`}
          </option>
        ))}
        <option value={FOLDER}>{T.profileFolder()}</option>
      </select>
      {choice.value === FOLDER && (
        <label className="button button--secondary button--sm">
          {choice.folder?.length
            ? T.profileFolderChosen(choice.folder[0]!.path.split('/')[0]!)
            : T.pickProfileFolder()}
          <input
            ref={folderInput}
            type="file"
            multiple
            className={styles.hidden}
            onChange={(e) =>
              onChange({ value: FOLDER, folder: filesFromInput(e.currentTarget.files) })
            }
            data-testid="profile-folder"
          />
        </label>
      )}
      <p className={styles.formats}>{T.profileHelp()}</p>
    </div>
  );
}
