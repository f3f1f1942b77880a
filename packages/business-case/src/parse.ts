import { isNode, LineCounter, parseDocument } from 'yaml';
import {
  CALCULATIONS,
  type Calculation,
  DESTINATIONS,
  FLOW_CALCULATIONS,
  type Scenario,
  type ScenarioIssue,
  STAKEHOLDER_IDS,
  UNIT_CALCULATIONS,
} from './types.js';
import { getScenarioValidator, type SchemaError } from './validator.js';

export const UNITS = [
  'fractie',
  'rentevoet',
  'personen',
  'uur/week',
  'weken/jaar',
  'uren/jaar',
  'aantal',
  'EUR',
  'EUR/uur',
  'EUR/maand',
  'EUR/jaar',
  'EUR/persoon',
  'EUR/persoon/jaar',
  'GBP',
  'GBP/uur',
  'GBP/maand',
  'GBP/jaar',
  'GBP/persoon',
  'GBP/persoon/jaar',
] as const;

/** The unit each general parameter must have; `¤` stands for the scenario currency. */
const PARAMETER_UNITS: Record<string, string[]> = {
  discontovoet: ['rentevoet'],
  prijsindex: ['rentevoet'],
  uurloon: ['¤/uur'],
  vakantiegeld: ['fractie'],
  werkgeverslasten: ['fractie'],
  loonheffing: ['fractie'],
  bijstandsnormMaand: ['¤/maand'],
  behoudAandeelGemeente: ['fractie'],
  tariefAbonnement: ['¤/uur'],
  tariefParticulier: ['¤/uur'],
  declarabelAandeel: ['fractie'],
  particulierAandeel: ['fractie'],
  urenPerAbonnement: ['uren/jaar'],
  trainingKosten: ['¤/persoon'],
  jobcoachTarief: ['¤/uur'],
  jobcoachAandeelJaar1: ['fractie'],
  jobcoachAandeelJaar2: ['fractie'],
  jobcoachAandeelJaar3: ['fractie'],
  loonwaarde: ['fractie'],
  lksOpslag: ['fractie'],
};
const COHORT_UNITS: Record<string, string[]> = {
  instroom: ['personen'],
  uitvalTraining: ['fractie'],
  plaatsing: ['fractie'],
  urenPerWeek: ['uur/week'],
  betaaldeWeken: ['weken/jaar'],
};

type Json = unknown;

class IssueCollector {
  readonly issues: ScenarioIssue[] = [];
  private readonly seen = new Set<string>();
  constructor(private readonly lineOf: (path: string) => number | undefined) {}
  add(
    code: string,
    path: string,
    expected: { en: string; nl: string },
    found: string,
    severity: 'error' | 'warning' = 'error',
  ): void {
    const key = `${path}|${code}`;
    if (this.seen.has(key)) return;
    // One error per field is enough: the schema and the model checks may both see it.
    if (severity === 'error' && this.issues.some((i) => i.path === path && i.severity === 'error'))
      return;
    this.seen.add(key);
    const line = this.lineOf(path);
    const where = path === '' ? '/' : path;
    this.issues.push({
      code,
      severity,
      path: where,
      ...(line !== undefined ? { line } : {}),
      expected: expected.en,
      found,
      message: {
        nl: `${where}${line !== undefined ? ` (regel ${line})` : ''}: verwacht ${expected.nl}, gevonden ${found === 'nothing' ? 'niets' : found}`,
        en: `${where}${line !== undefined ? ` (line ${line})` : ''}: expected ${expected.en}, found ${found}`,
      },
    });
  }
}

export function describeValue(value: Json): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  const text = JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pointer(segments: Array<string | number>): string {
  return segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

function fromPointer(path: string): string[] {
  if (path === '') return [];
  return path
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function schemaIssue(error: SchemaError, root: Json, out: IssueCollector): void {
  const params = error.params as Record<string, unknown>;
  let path = error.instancePath;
  let expected: { en: string; nl: string };
  let found: Json = valueAt(root, path);
  switch (error.keyword) {
    case 'required':
      path = `${path}/${String(params.missingProperty)}`;
      expected = {
        en: `a value for "${String(params.missingProperty)}"`,
        nl: `een waarde voor "${String(params.missingProperty)}"`,
      };
      found = undefined;
      break;
    case 'additionalProperties':
      path = `${path}/${String(params.additionalProperty)}`;
      expected = { en: 'no such property', nl: 'geen eigenschap met deze naam' };
      found = `"${String(params.additionalProperty)}"`;
      out.add('scenario.unknownProperty', path, expected, String(found));
      return;
    case 'type':
      expected = {
        en: `a value of type ${String(params.type)}`,
        nl: `een waarde van type ${String(params.type)}`,
      };
      break;
    case 'enum':
      expected = {
        en: `one of ${(params.allowedValues as unknown[]).join(', ')}`,
        nl: `een van ${(params.allowedValues as unknown[]).join(', ')}`,
      };
      break;
    case 'const':
      expected = {
        en: `${describeValue(params.allowedValue)}`,
        nl: `${describeValue(params.allowedValue)}`,
      };
      break;
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
    case 'exclusiveMaximum': {
      const op = { minimum: '>=', exclusiveMinimum: '>', maximum: '<=', exclusiveMaximum: '<' }[
        error.keyword
      ];
      expected = {
        en: `a number ${op} ${String(params.limit)}`,
        nl: `een getal ${op} ${String(params.limit)}`,
      };
      break;
    }
    case 'minItems':
      expected = {
        en: `at least ${String(params.limit)} item(s)`,
        nl: `minstens ${String(params.limit)} element(en)`,
      };
      break;
    case 'minLength':
      expected = { en: 'a non-empty text', nl: 'een niet-lege tekst' };
      break;
    case 'pattern':
      expected = {
        en: `text matching ${String(params.pattern)}`,
        nl: `tekst volgens ${String(params.pattern)}`,
      };
      break;
    case 'if':
    case 'allOf':
      return;
    default:
      expected = { en: error.message ?? error.keyword, nl: error.message ?? error.keyword };
  }
  out.add(`scenario.schema.${error.keyword}`, path, expected, describeValue(found));
}

function valueAt(root: Json, path: string): Json {
  let node: Json = root;
  for (const segment of fromPointer(path)) {
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (isObject(node)) node = node[segment];
    else return undefined;
  }
  return node;
}

/** Checks the model needs beyond the schema: references, units, ranges, consistency. */
function checkModel(root: Json, out: IssueCollector): void {
  if (!isObject(root)) {
    out.add(
      'scenario.notObject',
      '',
      { en: 'an object (mapping)', nl: 'een object (mapping)' },
      describeValue(root),
    );
    return;
  }
  const currency = root.valuta === 'GBP' ? 'GBP' : 'EUR';
  const priceYear = typeof root.prijsjaar === 'number' ? root.prijsjaar : undefined;
  const params = isObject(root.parameters) ? root.parameters : {};
  const hasIndex = isObject(params.prijsindex);

  const horizon = root.horizonJaren;
  if (!(typeof horizon === 'number' && Number.isInteger(horizon) && horizon >= 1 && horizon <= 50))
    out.add(
      'scenario.horizon',
      '/horizonJaren',
      {
        en: 'a whole number of years from 1 to 50',
        nl: 'een geheel aantal jaren van 1 tot en met 50',
      },
      describeValue(horizon),
    );
  for (const key of ['startjaar', 'prijsjaar'] as const) {
    const v = root[key];
    if (!(typeof v === 'number' && Number.isInteger(v) && v >= 1900 && v <= 2100))
      out.add(
        'scenario.year',
        `/${key}`,
        { en: 'a year from 1900 to 2100', nl: 'een jaartal van 1900 tot en met 2100' },
        describeValue(v),
      );
  }

  const checkParam = (
    value: Json,
    segments: Array<string | number>,
    units?: string[],
    required = true,
  ): void => {
    const path = pointer(segments);
    if (value === undefined) {
      if (required)
        out.add(
          'scenario.missing',
          path,
          {
            en: 'a parameter {waarde, eenheid, bron}',
            nl: 'een parameter {waarde, eenheid, bron}',
          },
          'nothing',
        );
      return;
    }
    if (!isObject(value)) {
      out.add(
        'scenario.parameter',
        path,
        { en: 'a parameter {waarde, eenheid, bron}', nl: 'een parameter {waarde, eenheid, bron}' },
        describeValue(value),
      );
      return;
    }
    const v = value.waarde;
    const unit = value.eenheid;
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      out.add(
        'scenario.value',
        `${path}/waarde`,
        { en: 'a finite number', nl: 'een eindig getal' },
        describeValue(v),
      );
    }
    if (typeof value.bron !== 'string' || value.bron.trim() === '') {
      out.add(
        'scenario.source',
        `${path}/bron`,
        {
          en: 'a source (organisation and publication) or "aanname"',
          nl: 'een bron (organisatie en publicatie) of "aanname"',
        },
        describeValue(value.bron),
      );
    } else if (value.bron !== 'aanname' && typeof value.bronJaar !== 'number') {
      out.add(
        'scenario.sourceYear',
        `${path}/bronJaar`,
        { en: 'the year of the source', nl: 'het jaar van de bron' },
        describeValue(value.bronJaar),
      );
    }
    if (typeof unit !== 'string' || !(UNITS as readonly string[]).includes(unit)) {
      out.add(
        'scenario.unit',
        `${path}/eenheid`,
        { en: `one of ${UNITS.join(', ')}`, nl: `een van ${UNITS.join(', ')}` },
        describeValue(unit),
      );
      return;
    }
    const allowed = units?.map((u) => u.replace('¤', currency));
    if (allowed && !allowed.includes(unit)) {
      out.add(
        'scenario.unit',
        `${path}/eenheid`,
        { en: allowed.join(' or '), nl: allowed.join(' of ') },
        describeValue(unit),
      );
    }
    const money = /^(EUR|GBP)/.test(unit);
    if (money && !unit.startsWith(currency)) {
      out.add(
        'scenario.currency',
        `${path}/eenheid`,
        { en: `an amount in ${currency}`, nl: `een bedrag in ${currency}` },
        describeValue(unit),
      );
    }
    if (money) {
      const py = value.prijsjaar;
      if (typeof py !== 'number') {
        out.add(
          'scenario.priceYear',
          `${path}/prijsjaar`,
          { en: 'the price year of the amount', nl: 'het prijsjaar van het bedrag' },
          describeValue(py),
        );
      } else if (priceYear !== undefined && py !== priceYear && !hasIndex) {
        out.add(
          'scenario.priceIndex',
          `${path}/prijsjaar`,
          {
            en: `price year ${priceYear}, or parameters.prijsindex to convert ${py} prices`,
            nl: `prijsjaar ${priceYear}, of parameters.prijsindex om prijzen van ${py} om te rekenen`,
          },
          String(py),
        );
      }
    }
    const bounds = (x: Json, p: string): void => {
      if (typeof x !== 'number' || !Number.isFinite(x)) return;
      if (unit === 'fractie' && (x < 0 || x > 1))
        out.add(
          'scenario.fraction',
          p,
          { en: 'a fraction from 0 to 1', nl: 'een fractie van 0 tot en met 1' },
          describeValue(x),
        );
      else if (unit === 'rentevoet' && (x <= -1 || x > 1))
        out.add(
          'scenario.rate',
          p,
          { en: 'a rate above -1 and at most 1', nl: 'een voet boven -1 en hoogstens 1' },
          describeValue(x),
        );
      else if (unit !== 'fractie' && unit !== 'rentevoet' && x < 0)
        out.add(
          'scenario.negative',
          p,
          { en: `a number >= 0 (${unit})`, nl: `een getal >= 0 (${unit})` },
          describeValue(x),
        );
    };
    bounds(v, `${path}/waarde`);
    const dist = value.verdeling;
    if (dist !== undefined) {
      if (!isObject(dist)) {
        out.add(
          'scenario.distribution',
          `${path}/verdeling`,
          { en: 'a distribution {type, min, max}', nl: 'een verdeling {type, min, max}' },
          describeValue(dist),
        );
        return;
      }
      if (dist.type !== 'driehoek' && dist.type !== 'pert')
        out.add(
          'scenario.distribution',
          `${path}/verdeling/type`,
          { en: 'driehoek or pert', nl: 'driehoek of pert' },
          describeValue(dist.type),
        );
      for (const k of ['min', 'max'] as const)
        if (typeof dist[k] !== 'number' || !Number.isFinite(dist[k] as number))
          out.add(
            'scenario.distribution',
            `${path}/verdeling/${k}`,
            { en: 'a finite number', nl: 'een eindig getal' },
            describeValue(dist[k]),
          );
      bounds(dist.min, `${path}/verdeling/min`);
      bounds(dist.max, `${path}/verdeling/max`);
      const mode = dist.modus ?? v;
      if (
        typeof dist.min === 'number' &&
        typeof dist.max === 'number' &&
        typeof mode === 'number'
      ) {
        if (!(dist.min <= mode && mode <= dist.max) || dist.min === dist.max)
          out.add(
            'scenario.distribution',
            `${path}/verdeling`,
            {
              en: `min < max and min <= mode <= max (mode ${mode})`,
              nl: `min < max en min <= modus <= max (modus ${mode})`,
            },
            `min ${dist.min}, max ${dist.max}`,
          );
        if (typeof v === 'number' && (v < dist.min || v > dist.max))
          out.add(
            'scenario.distribution',
            `${path}/waarde`,
            {
              en: `a value inside the distribution [${dist.min}, ${dist.max}]`,
              nl: `een waarde binnen de verdeling [${dist.min}, ${dist.max}]`,
            },
            describeValue(v),
          );
      }
    }
  };

  if (!isObject(root.parameters)) {
    out.add(
      'scenario.missing',
      '/parameters',
      { en: 'an object with the general parameters', nl: 'een object met de algemene parameters' },
      describeValue(root.parameters),
    );
  } else {
    for (const [key, units] of Object.entries(PARAMETER_UNITS)) {
      const optional = [
        'prijsindex',
        'tariefParticulier',
        'particulierAandeel',
        'loonwaarde',
        'lksOpslag',
      ].includes(key);
      checkParam(params[key], ['parameters', key], units, !optional);
    }
  }
  if (isObject(root.bewijsklassen)) {
    for (const g of ['1', '2', '3', '4', '5'])
      checkParam(root.bewijsklassen[g], ['bewijsklassen', g], ['fractie']);
  } else {
    out.add(
      'scenario.missing',
      '/bewijsklassen',
      {
        en: 'corrections for evidence grades 1 to 5',
        nl: 'correcties voor bewijsklassen 1 tot en met 5',
      },
      describeValue(root.bewijsklassen),
    );
  }

  const stakeholderList = `one of ${STAKEHOLDER_IDS.join(', ')}`;
  const checkStakeholder = (value: Json, path: string): void => {
    if (value === undefined) return;
    if (typeof value !== 'string' || !(STAKEHOLDER_IDS as readonly string[]).includes(value))
      out.add(
        'scenario.unknownStakeholder',
        path,
        { en: stakeholderList, nl: `een van ${STAKEHOLDER_IDS.join(', ')}` },
        describeValue(value),
      );
  };
  if (Array.isArray(root.belanghebbenden)) {
    const seen = new Set<string>();
    root.belanghebbenden.forEach((s, i) => {
      if (!isObject(s)) return;
      checkStakeholder(s.id, `/belanghebbenden/${i}/id`);
      if (typeof s.id === 'string' && seen.has(s.id))
        out.add(
          'scenario.duplicate',
          `/belanghebbenden/${i}/id`,
          { en: 'each stakeholder once', nl: 'elke belanghebbende één keer' },
          describeValue(s.id),
        );
      if (typeof s.id === 'string') seen.add(s.id);
    });
  }

  if (Array.isArray(root.cohorten)) {
    const ids = new Set<string>();
    root.cohorten.forEach((c, i) => {
      if (!isObject(c)) return;
      if (typeof c.id === 'string') {
        if (ids.has(c.id))
          out.add(
            'scenario.duplicate',
            `/cohorten/${i}/id`,
            { en: 'a unique cohort id', nl: 'een unieke cohortcode' },
            describeValue(c.id),
          );
        ids.add(c.id);
      }
      for (const [key, units] of Object.entries(COHORT_UNITS))
        checkParam(c[key], ['cohorten', i, key], units);
      const start = c.startjaar;
      if (
        typeof start === 'number' &&
        typeof root.startjaar === 'number' &&
        typeof horizon === 'number'
      ) {
        if (start < root.startjaar || start >= root.startjaar + horizon)
          out.add(
            'scenario.cohortOutsideHorizon',
            `/cohorten/${i}/startjaar`,
            {
              en: `a year from ${root.startjaar} to ${root.startjaar + horizon - 1}`,
              nl: `een jaar van ${root.startjaar} tot en met ${root.startjaar + horizon - 1}`,
            },
            String(start),
            'warning',
          );
      }
      if (Array.isArray(c.uitstroom)) {
        let total = 0;
        c.uitstroom.forEach((o, j) => {
          if (!isObject(o)) return;
          if (
            typeof o.bestemming !== 'string' ||
            !(DESTINATIONS as readonly string[]).includes(o.bestemming)
          )
            out.add(
              'scenario.destination',
              `/cohorten/${i}/uitstroom/${j}/bestemming`,
              { en: `one of ${DESTINATIONS.join(', ')}`, nl: `een van ${DESTINATIONS.join(', ')}` },
              describeValue(o.bestemming),
            );
          checkParam(o.kansPerJaar, ['cohorten', i, 'uitstroom', j, 'kansPerJaar'], ['fractie']);
          if (isObject(o.kansPerJaar) && typeof o.kansPerJaar.waarde === 'number')
            total += o.kansPerJaar.waarde;
          const lag = o.vertragingJaren;
          if (!(typeof lag === 'number' && Number.isInteger(lag) && lag >= 0))
            out.add(
              'scenario.lag',
              `/cohorten/${i}/uitstroom/${j}/vertragingJaren`,
              { en: 'a whole number of years >= 0', nl: 'een geheel aantal jaren >= 0' },
              describeValue(lag),
            );
        });
        if (total > 1 + 1e-12)
          out.add(
            'scenario.outflowTotal',
            `/cohorten/${i}/uitstroom`,
            {
              en: 'yearly outflow rates that add up to at most 1',
              nl: 'uitstroomkansen per jaar die samen hoogstens 1 zijn',
            },
            String(total),
          );
      }
    });
  }

  if (Array.isArray(root.regels)) {
    const ids = new Set<string>();
    root.regels.forEach((l, i) => {
      if (!isObject(l)) return;
      const base = `/regels/${i}`;
      if (typeof l.id === 'string') {
        if (ids.has(l.id))
          out.add(
            'scenario.duplicate',
            `${base}/id`,
            { en: 'a unique line id', nl: 'een unieke regelcode' },
            describeValue(l.id),
          );
        ids.add(l.id);
      }
      const calc = l.berekening;
      const known = typeof calc === 'string' && (CALCULATIONS as readonly string[]).includes(calc);
      if (!known)
        out.add(
          'scenario.calculation',
          `${base}/berekening`,
          { en: `one of ${CALCULATIONS.join(', ')}`, nl: `een van ${CALCULATIONS.join(', ')}` },
          describeValue(calc),
        );
      checkStakeholder(l.betaler, `${base}/betaler`);
      checkStakeholder(l.ontvanger, `${base}/ontvanger`);
      if (l.betaler === undefined && l.ontvanger === undefined)
        out.add(
          'scenario.lineParty',
          `${base}/ontvanger`,
          {
            en: 'a payer (betaler), a receiver (ontvanger) or both',
            nl: 'een betaler, een ontvanger of beide',
          },
          'nothing',
        );
      if (
        l.transfer === true &&
        (l.betaler === undefined || l.ontvanger === undefined) &&
        !(l.financiering === true && l.ontvanger !== undefined)
      )
        out.add(
          'scenario.transferParties',
          `${base}/${l.betaler === undefined ? 'betaler' : 'ontvanger'}`,
          {
            en: 'both a payer and a receiver on a transfer',
            nl: 'zowel een betaler als een ontvanger bij een overdracht',
          },
          'nothing',
        );
      if (l.betaler !== undefined && l.betaler === l.ontvanger)
        out.add(
          'scenario.lineParty',
          `${base}/ontvanger`,
          { en: 'a receiver other than the payer', nl: 'een andere ontvanger dan de betaler' },
          describeValue(l.ontvanger),
        );
      if (known && UNIT_CALCULATIONS.includes(calc as Calculation))
        checkParam(l.eenheidswaarde, ['regels', i, 'eenheidswaarde']);
      else if (l.eenheidswaarde !== undefined)
        out.add(
          'scenario.unitValueNotUsed',
          `${base}/eenheidswaarde`,
          {
            en: `no unit value: "${String(calc)}" takes its values from the general parameters`,
            nl: `geen eenheidswaarde: "${String(calc)}" gebruikt de algemene parameters`,
          },
          describeValue(l.eenheidswaarde),
        );
      checkParam(l.factor, ['regels', i, 'factor'], undefined, false);
      for (const k of ['deadweight', 'attributie', 'verdringing'] as const)
        checkParam(l[k], ['regels', i, k], ['fractie'], false);
      const flow = known && FLOW_CALCULATIONS.includes(calc as Calculation);
      if (!flow && (l.afname !== undefined || l.duurJaren !== undefined))
        out.add(
          'scenario.persistenceTwice',
          `${base}/${l.afname !== undefined ? 'afname' : 'duurJaren'}`,
          {
            en: `no drop-off or duration: "${String(calc)}" already follows the cohort, so persistence would be counted twice`,
            nl: `geen afname of duur: "${String(calc)}" volgt het cohort al, dan telt de persistentie dubbel`,
          },
          describeValue(l.afname ?? l.duurJaren),
        );
      else checkParam(l.afname, ['regels', i, 'afname'], ['fractie'], false);
      if (
        l.bewijsklasse !== undefined &&
        !(typeof l.bewijsklasse === 'number' && [1, 2, 3, 4, 5].includes(l.bewijsklasse))
      )
        out.add(
          'scenario.grade',
          `${base}/bewijsklasse`,
          { en: 'an evidence grade 1 to 5', nl: 'een bewijsklasse 1 tot en met 5' },
          describeValue(l.bewijsklasse),
        );
      if (l.afroming === true && l.ontvanger !== 'gemeente')
        out.add(
          'scenario.skimming',
          `${base}/afroming`,
          {
            en: 'skimming only on a line received by gemeente',
            nl: 'afroming alleen bij een regel die de gemeente ontvangt',
          },
          describeValue(l.ontvanger),
        );
      if (typeof l.vanJaar === 'number' && typeof l.totJaar === 'number' && l.vanJaar > l.totJaar)
        out.add(
          'scenario.years',
          `${base}/totJaar`,
          { en: `a year >= vanJaar (${l.vanJaar})`, nl: `een jaar >= vanJaar (${l.vanJaar})` },
          String(l.totJaar),
        );
      if (
        calc === 'particulier' &&
        (!isObject(params.tariefParticulier) || !isObject(params.particulierAandeel))
      )
        out.add(
          'scenario.missing',
          isObject(params.tariefParticulier)
            ? '/parameters/particulierAandeel'
            : '/parameters/tariefParticulier',
          {
            en: 'a parameter for the private market',
            nl: 'een parameter voor de particuliere markt',
          },
          'nothing',
        );
      if (
        calc === 'loonkostensubsidie' &&
        (!isObject(params.loonwaarde) || !isObject(params.lksOpslag))
      )
        out.add(
          'scenario.missing',
          isObject(params.loonwaarde) ? '/parameters/lksOpslag' : '/parameters/loonwaarde',
          {
            en: 'a parameter for the wage-cost subsidy',
            nl: 'een parameter voor de loonkostensubsidie',
          },
          'nothing',
        );
    });
  }
}

export interface ParseResult {
  scenario?: Scenario;
  issues: ScenarioIssue[];
}

/**
 * Reads a scenario from YAML or JSON text and checks it against the standard's scenario schema and
 * the model's own rules. Returns the scenario only when there are no errors.
 */
export function parseScenario(text: string, format: 'yaml' | 'json' = 'yaml'): ParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    merge: true,
  });
  const lineOf = (path: string): number | undefined => {
    const segments = fromPointer(path);
    for (let n = segments.length; n >= 0; n--) {
      const node = doc.getIn(
        segments.slice(0, n).map((s) => (/^\d+$/.test(s) ? Number(s) : s)),
        true,
      );
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  const out = new IssueCollector(lineOf);
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const line = error.linePos?.[0]?.line ?? lineCounter.linePos(error.pos[0]).line;
      const what = error.message.split('\n')[0] ?? error.message;
      out.issues.push({
        code: 'scenario.syntax',
        severity: 'error',
        path: '/',
        ...(line !== undefined ? { line } : {}),
        expected: format === 'json' ? 'valid JSON' : 'valid YAML',
        found: what,
        message: {
          nl: `${line !== undefined ? `regel ${line}: ` : ''}verwacht geldige ${format === 'json' ? 'JSON' : 'YAML'}, gevonden: ${what}`,
          en: `${line !== undefined ? `line ${line}: ` : ''}expected valid ${format === 'json' ? 'JSON' : 'YAML'}, found: ${what}`,
        },
      });
    }
    return { issues: out.issues };
  }
  const root = doc.toJS({ maxAliasCount: 100 }) as Json;
  const validate = getScenarioValidator();
  if (!validate(root)) {
    for (const error of validate.errors ?? []) schemaIssue(error, root, out);
  }
  checkModel(root, out);
  const hasError = out.issues.some((i) => i.severity === 'error');
  return hasError ? { issues: out.issues } : { scenario: root as Scenario, issues: out.issues };
}
