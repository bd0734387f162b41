/**
 * The generator's vocabulary: names, places, organisations and the words of
 * each news topic. Data only; prose.ts combines it into sentences.
 */

export const FIRST_NAMES = [
  'John', 'Sergei', 'Angela', 'Maria', 'Ahmed', 'Li', 'Fatima', 'Carlos', 'Elena', 'David', 'Olga', 'James', 'Aisha',
  'Pierre', 'Yuki', 'Rahul', 'Sofia', 'Michael', 'Ana', 'Thomas', 'Leila', 'Mark', 'Irina', 'Daniel', 'Grace', 'Omar',
  'Hannah', 'Viktor', 'Laura', 'Kenji', 'Nadia', 'Paul', 'Chen', 'Ruth', 'Andrei', 'Julia', 'Samuel', 'Priya', 'Hugo',
  'Amara', 'Robert', 'Ingrid', 'Mateo', 'Zainab', 'Peter', 'Mei', 'Victor', 'Clara', 'Ibrahim', 'Rosa', 'Stefan',
  'Lucia', 'George', 'Anya', 'Felipe', 'Helen', 'Tariq', 'Emma', 'Jonas', 'Noor',
] as const;

export const LAST_NAMES = [
  'Kerry', 'Lavrov', 'Merkel', 'Hassan', 'Wei', 'Okafor', 'Mendes', 'Petrova', 'Cohen', 'Ivanova', 'Smith', 'Diallo',
  'Laurent', 'Tanaka', 'Sharma', 'Rossi', 'Brennan', 'Silva', 'Keller', 'Haddad', 'Novak', 'Sokolova', 'Fischer',
  'Mensah', 'Aziz', 'Larsen', 'Morozov', 'Duarte', 'Nakamura', 'Kaur', 'Moreau', 'Zhang', 'Adler', 'Popescu', 'Klein',
  'Romero', 'Bakr', 'Lindqvist', 'Oduya', 'Fernandez', 'Kovacs', 'Yilmaz', 'Park', 'Walsh', 'Nguyen', 'Schmidt',
  'Abara', 'Horvat', 'Costa', 'Jensen', 'Mahmoud', 'Varga', 'Reyes', 'Lund', 'Tshabalala', 'Ortiz', 'Grant', 'Volkov',
  'Ibarra', 'Suzuki', 'Olsen', 'Barzani', 'Quinn', 'Salazar', 'Marsh', 'Petrenko', 'Boateng', 'Weiss', 'Amini', 'Cruz',
] as const;

export const ROLES = [
  'Secretary of State', 'Foreign Minister', 'Defense Minister', 'Finance Minister', 'Prime Minister', 'President',
  'spokesman', 'spokeswoman', 'senior official', 'ambassador', 'central bank governor', 'health minister',
  'chief executive', 'mayor', 'governor', 'senator', 'opposition leader', 'trade representative', 'police chief',
  'chief economist', 'union leader', 'prosecutor', 'judge', 'coach', 'team captain', 'researcher', 'professor',
  'director', 'commander', 'analyst',
] as const;

export const COUNTRIES = [
  'Russia', 'the United States', 'Syria', 'Germany', 'France', 'China', 'Japan', 'India', 'Brazil', 'Turkey', 'Iran',
  'Ukraine', 'Egypt', 'Nigeria', 'Kenya', 'Mexico', 'Canada', 'Australia', 'Italy', 'Spain', 'Poland', 'Sweden',
  'Norway', 'South Korea', 'Indonesia', 'Pakistan', 'Saudi Arabia', 'Israel', 'Jordan', 'Iraq', 'Greece', 'Argentina',
  'Chile', 'Colombia', 'Ethiopia', 'South Africa', 'Vietnam', 'Thailand', 'the Philippines', 'Hungary',
] as const;

export const CITIES = [
  'Geneva', 'Aleppo', 'Moscow', 'Washington', 'Berlin', 'Paris', 'Beijing', 'Tokyo', 'New Delhi', 'Brasilia', 'Ankara',
  'Tehran', 'Kiev', 'Cairo', 'Lagos', 'Nairobi', 'Mexico City', 'Ottawa', 'Sydney', 'Rome', 'Madrid', 'Warsaw',
  'Stockholm', 'Oslo', 'Seoul', 'Jakarta', 'Islamabad', 'Riyadh', 'Jerusalem', 'Amman', 'Baghdad', 'Athens',
  'Buenos Aires', 'Santiago', 'Bogota', 'Addis Ababa', 'Johannesburg', 'Hanoi', 'Bangkok', 'Manila', 'Budapest',
  'Vienna', 'Brussels', 'London', 'Astana', 'Sochi', 'Doha', 'Istanbul', 'Lyon', 'Munich',
] as const;

export const ORGANIZATIONS = [
  'the United Nations', 'the State Department', 'the Kremlin', 'the White House', 'the European Commission',
  'the World Health Organization', 'the International Monetary Fund', 'the World Bank', 'NATO', 'the Red Cross',
  'the central bank', 'the Health Ministry', 'the Foreign Ministry', 'the Supreme Court', 'the parliament',
  'the Pentagon', 'Amnesty International', 'the African Union', 'the Arab League', 'the electoral commission',
  'the finance ministry', 'the national police', 'the stock exchange', 'the football federation', 'the space agency',
  'the weather service', 'the Energy Ministry', 'the city council', 'the teachers union', 'the Olympic committee',
] as const;

export const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** Words of one news topic. */
export interface Topic {
  name: string;
  nouns: readonly string[];
  plurals: readonly string[];
  adjectives: readonly string[];
  verbs: readonly string[];
  pastVerbs: readonly string[];
  groups: readonly string[];
}

export const TOPICS: readonly Topic[] = [
  {
    name: 'diplomacy',
    nouns: ['ceasefire', 'truce', 'peace plan', 'agreement', 'negotiation', 'summit', 'sanctions regime', 'treaty', 'proposal', 'channel', 'dialogue', 'initiative'],
    plurals: ['talks', 'negotiations', 'sanctions', 'airstrikes', 'convoys', 'violations', 'envoys', 'delegations', 'commitments', 'ultimatums'],
    adjectives: ['bilateral', 'fragile', 'diplomatic', 'humanitarian', 'military', 'strategic', 'tense', 'frosty', 'lengthy', 'renewed'],
    verbs: ['suspend', 'restore', 'negotiate', 'uphold', 'violate', 'broker', 'endorse', 'reject', 'extend', 'monitor'],
    pastVerbs: ['suspended', 'restored', 'negotiated', 'upheld', 'violated', 'brokered', 'endorsed', 'rejected', 'extended', 'monitored'],
    groups: ['rebel groups', 'government forces', 'aid agencies', 'diplomats', 'military observers', 'opposition fighters'],
  },
  {
    name: 'economy',
    nouns: ['interest rate', 'inflation rate', 'budget', 'currency', 'bond market', 'trade deficit', 'stimulus package', 'tax reform', 'growth forecast', 'pension fund', 'export quota', 'wage deal'],
    plurals: ['tariffs', 'investors', 'prices', 'exports', 'layoffs', 'subsidies', 'loans', 'earnings', 'shares', 'reserves'],
    adjectives: ['fiscal', 'monetary', 'quarterly', 'annual', 'volatile', 'sluggish', 'robust', 'cautious', 'unexpected', 'sharp'],
    verbs: ['raise', 'cut', 'freeze', 'forecast', 'stabilise', 'borrow', 'invest', 'tax', 'devalue', 'restructure'],
    pastVerbs: ['raised', 'cut', 'froze', 'forecast', 'stabilised', 'borrowed', 'invested', 'taxed', 'devalued', 'restructured'],
    groups: ['households', 'small businesses', 'bond traders', 'exporters', 'factory workers', 'pension holders'],
  },
  {
    name: 'health',
    nouns: ['vaccine', 'outbreak', 'hospital', 'clinical trial', 'epidemic', 'treatment', 'screening programme', 'drug', 'infection rate', 'quarantine', 'health system', 'virus'],
    plurals: ['patients', 'doctors', 'nurses', 'cases', 'infections', 'clinics', 'deaths', 'vaccinations', 'symptoms', 'hospital beds'],
    adjectives: ['infectious', 'chronic', 'experimental', 'urgent', 'public', 'rural', 'emergency', 'preventive', 'severe', 'mild'],
    verbs: ['treat', 'vaccinate', 'test', 'contain', 'approve', 'fund', 'trace', 'diagnose', 'prevent', 'isolate'],
    pastVerbs: ['treated', 'vaccinated', 'tested', 'contained', 'approved', 'funded', 'traced', 'diagnosed', 'prevented', 'isolated'],
    groups: ['health workers', 'hospital staff', 'elderly residents', 'researchers', 'parents', 'school children'],
  },
  {
    name: 'technology',
    nouns: ['data breach', 'smartphone', 'chip factory', 'software update', 'satellite', 'privacy law', 'search engine', 'cloud service', 'startup', 'network', 'algorithm', 'battery plant'],
    plurals: ['users', 'engineers', 'servers', 'chips', 'apps', 'hackers', 'platforms', 'devices', 'patents', 'regulators'],
    adjectives: ['digital', 'encrypted', 'autonomous', 'wireless', 'open-source', 'faulty', 'secure', 'cutting-edge', 'costly', 'delayed'],
    verbs: ['launch', 'hack', 'encrypt', 'regulate', 'acquire', 'patch', 'deploy', 'license', 'store', 'block'],
    pastVerbs: ['launched', 'hacked', 'encrypted', 'regulated', 'acquired', 'patched', 'deployed', 'licensed', 'stored', 'blocked'],
    groups: ['software developers', 'privacy advocates', 'telecom operators', 'chip makers', 'online shoppers', 'app users'],
  },
  {
    name: 'environment',
    nouns: ['heatwave', 'flood', 'drought', 'wildfire', 'emissions target', 'climate deal', 'coal plant', 'wind farm', 'reservoir', 'storm', 'forest', 'coastline'],
    plurals: ['emissions', 'residents', 'farmers', 'rivers', 'crops', 'evacuations', 'temperatures', 'glaciers', 'species', 'floodwaters'],
    adjectives: ['extreme', 'coastal', 'renewable', 'toxic', 'record', 'seasonal', 'protected', 'arid', 'heavy', 'unprecedented'],
    verbs: ['evacuate', 'protect', 'restore', 'pollute', 'plant', 'ban', 'measure', 'flood', 'burn', 'irrigate'],
    pastVerbs: ['evacuated', 'protected', 'restored', 'polluted', 'planted', 'banned', 'measured', 'flooded', 'burned', 'irrigated'],
    groups: ['firefighters', 'climate scientists', 'local farmers', 'fishing communities', 'rescue teams', 'conservation groups'],
  },
  {
    name: 'courts',
    nouns: ['trial', 'verdict', 'appeal', 'indictment', 'investigation', 'plea deal', 'sentence', 'lawsuit', 'hearing', 'warrant', 'ruling', 'testimony'],
    plurals: ['charges', 'witnesses', 'jurors', 'lawyers', 'defendants', 'documents', 'fines', 'arrests', 'allegations', 'prosecutors'],
    adjectives: ['criminal', 'federal', 'lengthy', 'landmark', 'controversial', 'unanimous', 'sealed', 'preliminary', 'high-profile', 'closed'],
    verbs: ['charge', 'acquit', 'convict', 'sentence', 'appeal', 'testify', 'investigate', 'dismiss', 'indict', 'overturn'],
    pastVerbs: ['charged', 'acquitted', 'convicted', 'sentenced', 'appealed', 'testified', 'investigated', 'dismissed', 'indicted', 'overturned'],
    groups: ['defence lawyers', 'victims’ families', 'court officials', 'civil rights groups', 'police investigators', 'legal experts'],
  },
  {
    name: 'sport',
    nouns: ['final', 'championship', 'transfer', 'stadium', 'tournament', 'season', 'league title', 'penalty', 'qualifier', 'world record', 'medal', 'derby'],
    plurals: ['fans', 'players', 'goals', 'matches', 'points', 'injuries', 'coaches', 'tickets', 'sponsors', 'referees'],
    adjectives: ['dramatic', 'home', 'away', 'decisive', 'unbeaten', 'injured', 'crowded', 'opening', 'historic', 'narrow'],
    verbs: ['win', 'lose', 'sign', 'score', 'defend', 'host', 'qualify', 'coach', 'ban', 'celebrate'],
    pastVerbs: ['won', 'lost', 'signed', 'scored', 'defended', 'hosted', 'qualified', 'coached', 'banned', 'celebrated'],
    groups: ['supporters', 'club officials', 'young players', 'season-ticket holders', 'national team', 'league organisers'],
  },
];

/** Words any topic may use. */
export const GENERIC_NOUNS = [
  'plan', 'decision', 'statement', 'report', 'meeting', 'deadline', 'vote', 'crisis', 'deal', 'process', 'strategy', 'review',
  'budget', 'reform', 'dispute', 'warning', 'proposal', 'response', 'policy', 'request', 'agreement', 'measure', 'debate', 'move',
] as const;
export const TIME_PHRASES = [
  'on {DAY}', 'late on {DAY}', 'early on {DAY}', 'last week', 'this week', 'earlier this month', 'last month', 'in {MONTH}',
  'on {MONTH} {DATE}', 'over the weekend', 'for the first time in {NUM} years', 'after {NUM} days of {PLURAL}', 'since {MONTH}',
] as const;
export const SAY_VERBS = ['said', 'told reporters', 'said in a statement', 'added', 'warned', 'told a news conference', 'wrote on social media', 'said in an interview'] as const;
export const NUM_UNITS = ['people', 'percent', 'million dollars', 'billion euros', 'kilometres', 'families', 'schools', 'villages', 'officers', 'votes'] as const;
