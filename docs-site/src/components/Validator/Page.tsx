// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';
import Validator from './index';
import { T } from './strings';

/** The page around the validator; the validator starts its Worker only when files are given. */
export default function ValidatePage(): ReactNode {
  return (
    <Layout title={T.title()} description={T.description()}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{T.title()}</Heading>
        <p>
          <Translate id="validate.intro">
            Controleer een export tegen de Zorghub-standaard voordat u hem aanlevert. De pagina
            geeft hetzelfde rapport als zorghub validate: dezelfde foutcodes, aantallen en
            voorbeelden, en hetzelfde rapport om te downloaden.
          </Translate>{' '}
          <Link to="/docs/standaard/valideren">
            <Translate id="validate.guideLink">Lees hoe valideren werkt</Translate>
          </Link>
          .
        </p>
        <Validator />
      </main>
    </Layout>
  );
}
