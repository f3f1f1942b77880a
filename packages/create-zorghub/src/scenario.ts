import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { Answers } from './resolve.js';

/**
 * Fills the Delft scenario in for this region: names, and every intake scaled by the region's
 * expected intake against Delft's. Comments and sources in the file are kept.
 */
export function scaleScenario(delftText: string, answers: Answers): string {
  const doc = parseDocument(delftText);
  if (doc.errors.length > 0)
    throw new Error(`the Delft scenario is not valid YAML: ${doc.errors[0]!.message}`);
  const intakes: Array<{ set: (n: number) => void; value: number }> = [];

  const numberAt = (node: unknown): { value: number; set: (n: number) => void } | undefined => {
    if (isScalar(node) && typeof node.value === 'number') {
      return { value: node.value, set: (n) => (node.value = n) };
    }
    if (isMap(node)) {
      for (const key of ['value', 'waarde']) {
        const inner = node.get(key, true);
        if (isScalar(inner) && typeof inner.value === 'number')
          return { value: inner.value, set: (n) => (inner.value = n) };
      }
    }
    return undefined;
  };

  const walk = (node: YamlNode | null | undefined) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        if (/^(intake|instroom)$/i.test(key)) {
          const n = numberAt(pair.value);
          if (n) intakes.push(n);
        }
        walk(pair.value as YamlNode);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item as YamlNode);
    }
  };
  walk(doc.contents as YamlNode);

  // The first cohort's intake stands for "intake per year"; later cohorts keep their proportion.
  const delftIntake = intakes[0]?.value ?? 0;
  const factor = delftIntake > 0 ? answers.intake / delftIntake : 1;
  for (const n of intakes) n.set(Math.max(1, Math.round(n.value * factor)));

  doc.commentBefore = ` Businesscase van ${answers.hubName} (${answers.municipality}), gemaakt met create-zorghub.\n De waarden komen uit het Delftse voorbeeld; de instroom is geschaald naar ${answers.intake} kandidaten per jaar.\n Vervang elke waarde door die van de regio en noem de bron.${doc.commentBefore ? `\n${doc.commentBefore}` : ''}`;
  return doc.toString({ lineWidth: 0 });
}
