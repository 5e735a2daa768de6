/** Natural-language questions the benchmarks ask, in the same order at every size. */
export const BENCH_QUESTIONS = [
	'Who broke the news to Alice?',
	'How long was Alice in prison?',
	'What did the White House say?',
	'When did Trump commute the sentence?',
	'Why did Kim call Ivanka?',
	'What did Kim say about politics?',
	'Who is Van Jones?',
	'What was Alice convicted of?',
	"Does Kim's family support her?",
	'Is Alice going to keep fighting for prisoners?',
	'What is Kim teaching Alice?',
	'Who won the World Cup?',
	'Where did Kim meet the president?',
	'How old is Kim Kardashian?',
	'What did Alice do when she learned she was going home?',
	'Why did Trump laugh?',
];
