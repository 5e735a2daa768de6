// Type declarations for two small CommonJS packages that ship none.

declare module 'wink-lemmatizer' {
	/** WordNet-based English lemmatiser: each function returns the base form, or the word itself when it knows none. */
	const lemmatizer: {
		noun(word: string): string;
		verb(word: string): string;
		adjective(word: string): string;
	};
	export default lemmatizer;
}

declare module 'wink-porter2-stemmer' {
	/** The Porter2 (Snowball English) stemmer. */
	function stem(word: string): string;
	export default stem;
}
