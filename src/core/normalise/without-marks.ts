/**
 * Accents and other combining marks dropped ("sincronización" -> "sincronizacion", "thư mục" -> "thu muc"), as
 * members who type without them write. It drops the vowel signs of Indic scripts too, which are marks as well.
 * Its own module so that secrets.ts, which the logger loads, needs nothing else.
 */
export const withoutMarks = (s: string): string => s.normalize('NFD').replace(/\p{M}+/gu, '');
