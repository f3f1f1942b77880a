// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** The council document (DOCX) with its charts as images: the renderer with the resvg rasterizer. */
import { renderDocx as renderWith } from '../render/docx.js';
import { svgToPng } from './chart-png.js';

export const renderDocx: typeof renderWith = (result, options) =>
  renderWith(result, { rasterize: svgToPng, ...options });
