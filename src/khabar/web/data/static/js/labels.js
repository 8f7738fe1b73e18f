// The interface's words (Arabic), for the values the API returns in English.
export const ENTITY_TYPES = { PER: "شخص", ORG: "منظمة", LOC: "مكان", MISC: "أخرى" };
export const QUOTE_KINDS = { direct: "مباشر", indirect: "غير مباشر", according_to: "إسناد (وفقا لـ)" };
export const FACT_TYPES = {
  killed: "قتلى", injured: "جرحى", hostages: "رهائن", released: "مفرج عنهم", arrested: "معتقلون",
  displaced: "نازحون", missing: "مفقودون", money: "مال", percent: "نسبة", other: "أخرى",
};
export const FORMS = { name: "اسم", nisba: "نسبة", nominal: "إشارة", pronoun: "ضمير" };

export function label(table, key) {
  return (key && table[key]) || key || "";
}
