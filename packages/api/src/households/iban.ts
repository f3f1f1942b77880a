// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** IBAN checks for a direct-debit mandate (ibantools: country format and the mod-97 check digits). */
import { electronicFormatIBAN, isValidIBAN, validateIBAN } from 'ibantools';
import { problem } from '../problem.js';

/**
 * The IBAN in electronic form (no spaces, capitals) when it is a valid IBAN of a SEPA country;
 * otherwise a 422 naming the field, what was expected and what to do.
 */
export function checkedIban(value: string, field: string): string {
  const iban = electronicFormatIBAN(value) ?? '';
  if (isValidIBAN(iban)) return iban;
  const result = validateIBAN(iban);
  const checksum = result.errorCodes.length > 0 && /^[A-Z]{2}[0-9]{2}/.test(iban);
  const reason = checksum
    ? 'controlecijfers kloppen niet (mod-97) / check digits are wrong (mod-97)'
    : 'geen geldig IBAN, bijvoorbeeld NL91 ABNA 0417 1643 00 / not a valid IBAN';
  throw problem(
    422,
    `${field}: ${reason}. Controleer het rekeningnummer op uw bankpas of in uw bankapp / Check the account number on your bank card or in your banking app`,
    { invalidParams: [{ name: field, code: 'x-iban', reason }] },
  );
}
