// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// <Bron id="..." /> is available on every page without an import.
import Bron from '@site/src/components/Bron';
import MDXComponents from '@theme-original/MDXComponents';

export default { ...MDXComponents, Bron };
