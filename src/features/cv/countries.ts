/**
 * Countries for the CV's address: stored as ISO 3166-1 alpha-2 codes (as JSON Resume's
 * `countryCode`), shown by name in the reader's language through `Intl.DisplayNames` (no list of
 * names of our own). The 249 assigned codes and Kosovo (XK, user-assigned but in common use).
 */
export const COUNTRY_CODES: readonly string[] = `
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ
BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR
CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU
ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ
LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ
MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF
PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI
SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR
TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW`
  .trim()
  .split(/\s+/);

function displayNames(language: string): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames([language], { type: 'region' });
  } catch {
    return null;
  }
}

/** The name of a country code in a language ("US" → "Verenigde Staten"); the code itself when unknown. */
export function countryName(code: string, language: string, names = displayNames(language)): string {
  if (!code) return '';
  try {
    return names?.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** Every country as a choice, by name in the language, sorted as that language sorts; a stored code not in the list stays a choice. */
export function countryOptions(language: string, current = ''): Array<{ value: string; label: string }> {
  const codes = current && !COUNTRY_CODES.includes(current) ? [...COUNTRY_CODES, current] : COUNTRY_CODES;
  const names = displayNames(language);
  const collator = new Intl.Collator(language);
  return codes.map((code) => ({ value: code, label: countryName(code, language, names) })).sort((a, b) => collator.compare(a.label, b.label));
}
