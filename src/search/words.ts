/**
 * How the guide's search reads words, shared by the index built with the site and the search page that reads it, so
 * a word is cut and stemmed the same way on both sides.
 */
import { stem } from 'porter2';

/** A word of running text as it was written, and where it starts and ends in that text. */
export interface WordAt {
  word: string;
  start: number;
  end: number;
}

/** Letters and digits, with the apostrophes and joiners inside a word: "team's", "CI/CD" is two words. */
const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Every word of a text, with where it stands, so an excerpt can mark a word in the text as written. */
export function wordsAt(text: string): WordAt[] {
  return [...text.matchAll(wordPattern)].map((match) => ({ word: match[0], start: match.index, end: match.index + match[0].length }));
}

/**
 * The form a word is indexed and searched under: lower case, accents dropped, possessive cut, stemmed (Porter2, the Snowball English stemmer Pagefind uses too), so
 * "Services", "service's" and "servicing" meet.
 */
export function termOf(word: string): string {
  const plain = word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/['’]/g, '');
  return /^[a-z]+$/.test(plain) ? stem(plain) : plain;
}

/** The terms of a text, in order. */
export const termsOf = (text: string): string[] => wordsAt(text).map(({ word }) => termOf(word));

/** Words joined by hyphens, slashes or dots, such as "post-mortem", "CI/CD" or "Dev-Sec-Ops". */
const compoundPattern = /[\p{L}\p{N}]+(?:[-‐/.][\p{L}\p{N}]+)+/gu;

/**
 * The compound words of a text, each run together ("postmortem", "cicd"), so a reader who types one as one word finds
 * the text that spells it in parts, as Pagefind also indexes them. The parts are words of the text in their own right.
 */
export const compoundsOf = (text: string): string[] =>
  [...text.matchAll(compoundPattern)]
    // An address is not a word anyone types run together.
    .filter((match) => match[0].split(/[-‐/.]/).length <= 4)
    .map((match) => match[0].replace(/[-‐/.]/g, ''));
