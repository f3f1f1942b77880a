// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The report's SVG charts as PNG images for the council document, rendered by resvg (a native
 * module from the npm registry: no browser, no network). Text uses the system's sans-serif font.
 */
import { Resvg } from '@resvg/resvg-js';
import type { Rasterize } from '../render/docx.js';

export const svgToPng: Rasterize = (svg, scale) =>
  new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: {
      loadSystemFonts: true,
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
    },
  })
    .render()
    .asPng();
