import { describe, expect, it } from "vitest";
import { QuoteRecord } from "../../lambdas/core/schemas";
import { extractQuotes } from "../../lambdas/extraction/quotes";
import { contextOf } from "../helpers/articleContext";

type Expected = Partial<Pick<QuoteRecord, "text" | "speaker" | "speaker_type" | "speaker_role" | "speaker_country" | "via">>;

const quotes = (text: string): QuoteRecord[] => extractQuotes(contextOf(text));

// Invented news sentences, one shape each. Expectations list every record, in order.
const POSITIVE: [string, string, Expected[]][] = [
  // Attribution after the quote
  ["name said after", "“We will not back down,” Maria Estevez said on Monday.", [{ text: "We will not back down,", speaker: "Maria Estevez", speaker_type: "person" }]],
  ["inverted said + name", "“Prices will keep rising,” said Arjun Mehta, an economist at Delhi Capital.", [{ text: "Prices will keep rising,", speaker: "Arjun Mehta", speaker_role: "economist at Delhi Capital" }]],
  ["name with apposition then verb", "“The talks were useful,” Hanna Kowalski, Poland's deputy trade minister, told reporters.", [{ text: "The talks were useful,", speaker: "Hanna Kowalski", speaker_role: "Poland's deputy trade minister" }]],
  ["straight quotes", '"We are ready to sign," Carlos Mendes said.', [{ text: "We are ready to sign,", speaker: "Carlos Mendes" }]],
  ["question mark then lower-case verb", "“Who benefits from this?” asked Leila Haddad, a lawmaker from Beirut.", [{ text: "Who benefits from this?", speaker: "Leila Haddad" }]],
  ["question mark then capitalised name", "“Why would we pay more?” Tariq Aziz Khan said at the briefing.", [{ text: "Why would we pay more?", speaker: "Tariq Aziz Khan" }]],
  ["title and name after", "“Our doors are open,” Foreign Minister Ines Duarte said.", [{ text: "Our doors are open,", speaker: "Ines Duarte", speaker_role: "Foreign Minister" }]],
  ["organisation after", "“Output fell for a third month,” the statistics office said.", [{ text: "Output fell for a third month,", speaker: "the statistics office" }]],
  ["agency after", "“The exercise was a success,” Yonhap reported.", [{ text: "The exercise was a success,", speaker: "Yonhap", speaker_type: "media" }]],
  ["adverb between name and verb", "“We expect a deal soon,” Ravi Patel later added.", [{ text: "We expect a deal soon,", speaker: "Ravi Patel" }]],
  ["according to after", "“The shipments have resumed,” according to Nadia Petrova, a port official.", [{ text: "The shipments have resumed,", speaker: "Nadia Petrova" }]],
  ["dash before attribution", "“Nobody wants a trade war” — Chen Wei said — “but we will defend ourselves.”", [
    { text: "Nobody wants a trade war", speaker: "Chen Wei" },
    { text: "but we will defend ourselves.", speaker: "Chen Wei" },
  ]],
  // Attribution before the quote
  ["said that before", "Governor Elena Russo said that “the budget is balanced for the first time in a decade.”", [{ text: "the budget is balanced for the first time in a decade.", speaker: "Elena Russo" }]],
  ["colon before", "The central bank said: “Inflation remains too high for comfort.”", [{ text: "Inflation remains too high for comfort.", speaker: "The central bank" }]],
  ["hailed as", "Ambassador Pierre Lacroix hailed the accord as “a milestone for both of our peoples.”", [{ text: "a milestone for both of our peoples.", speaker: "Pierre Lacroix" }]],
  ["dismissed as", "Opposition leader Sam Otieno dismissed the plan as “a cynical election ploy with no funding.”", [{ text: "a cynical election ploy with no funding.", speaker: "Sam Otieno" }]],
  ["warned", "Economist Julia Brenner warned that tariffs would “hit the poorest households hardest of all.”", [{ text: "hit the poorest households hardest of all.", speaker: "Julia Brenner" }]],
  ["urged", "The union urged members to “stay calm and wait for the final offer.”", [{ text: "stay calm and wait for the final offer.", speaker: "The union" }]],
  ["told that", "Marta Sol told the newspaper that “the factory will close by the end of the year.”", [{ text: "the factory will close by the end of the year.", speaker: "Marta Sol" }]],
  ["participle saying", "Farmers' leader Ben Tolliver criticised the deal, saying “it leaves our growers with nothing at all.”", [{ text: "it leaves our growers with nothing at all.", speaker: "Ben Tolliver" }]],
  ["called him", "Ali Rahimi praised his host, calling him “a true partner in hard times for our region.”", [{ text: "a true partner in hard times for our region.", speaker: "Ali Rahimi" }]],
  ["as he put it", "Prime Minister Oskar Berg was blunt: as he put it, “the old rules no longer apply to anyone here.”", [{ text: "the old rules no longer apply to anyone here.", speaker: "Oskar Berg" }]],
  ["relative who said", "The paper quoted Lu Ming, a port manager, who said that “ships are waiting for weeks outside.”", [{ text: "ships are waiting for weeks outside.", speaker: "Lu Ming" }]],
  ["according to before", "According to Gabriel Ortiz, “the new line will carry ten million passengers a year.”", [{ text: "the new line will carry ten million passengers a year.", speaker: "Gabriel Ortiz" }]],
  ["emphasized with colon", "The ministry emphasized one point: “no country can be allowed to break the embargo.”", [{ text: "no country can be allowed to break the embargo.", speaker: "The ministry" }]],
  ["infinitive note", "The readout took care to note that the meeting “was planned months in advance of the crisis.”", [{ text: "was planned months in advance of the crisis.", speaker: "The readout" }]],
  ["opening adverbial", "In a letter to shareholders, Nora Quist, the chief executive, wrote that “the worst is now behind us.”", [{ text: "the worst is now behind us.", speaker: "Nora Quist" }]],
  ["coordinated verbs share the subject", "Mayor Tom Reyes rejected the claim as “pure fiction from start to finish” and insisted that the city “has never been safer.”", [
    { text: "pure fiction from start to finish", speaker: "Tom Reyes" },
    { text: "has never been safer.", speaker: "Tom Reyes" },
  ]],
  ["two quotes after one verb", "Kofi Mensah noted that “cocoa prices doubled” last year and “may rise again.”", [
    { text: "cocoa prices doubled", speaker: "Kofi Mensah" },
    { text: "may rise again.", speaker: "Kofi Mensah" },
  ]],
  ["government as speaker", "China said the visit would “deepen mutual trust between the two neighbours.”", [{ text: "deepen mutual trust between the two neighbours.", speaker: "China", speaker_type: "government", speaker_country: "CHN" }]],
  ["possessive government speaker", "Russia's foreign ministry said the sanctions were “illegal and doomed to fail in the end.”", [{ text: "illegal and doomed to fail in the end.", speaker: "Russia's foreign ministry", speaker_type: "government", speaker_country: "RUS" }]],
  ["acronym in parentheses", "Korean Central News Agency (KCNA) said the launch was “a complete success in every respect.”", [{ text: "a complete success in every respect.", speaker: "Korean Central News Agency", speaker_type: "media" }]],
  // Split quotes and continuation
  ["quote split by attribution", "“We have done our part,” she said, “and now it is their turn to act.”", [
    { text: "We have done our part,", speaker: null },
    { text: "and now it is their turn to act.", speaker: null },
  ]],
  ["split quote with a name", "“The market is tight,” Igor Volkov said, “but supply will improve by spring.”", [
    { text: "The market is tight,", speaker: "Igor Volkov" },
    { text: "but supply will improve by spring.", speaker: "Igor Volkov" },
  ]],
  ["second sentence of a quote", "“Exports are strong,” Ahmed Saleh said on Tuesday. “Imports are the problem. We buy too much fuel.”", [
    { text: "Exports are strong,", speaker: "Ahmed Saleh" },
    { text: "Imports are the problem. We buy too much fuel.", speaker: "Ahmed Saleh" },
  ]],
  ["quote before its attribution in the paragraph", "“We will win this fight.” “Nothing will stop us,” Dana Whitfield told supporters.", [
    { text: "We will win this fight.", speaker: "Dana Whitfield" },
    { text: "Nothing will stop us,", speaker: "Dana Whitfield" },
  ]],
  ["paragraph continuation", "Lars Eriksen, a fisheries expert, was gloomy.\n\n“Stocks have collapsed in the north.\n\n“Nobody has a plan to rebuild them,” Eriksen said.", [
    { text: "Stocks have collapsed in the north.", speaker: "Lars Eriksen" },
    { text: "Nobody has a plan to rebuild them,", speaker: "Lars Eriksen" },
  ]],
  ["wire-style continuation", "    \"Demand fell in every region,\" the\nreport said.\n    \"Retailers cut orders.\n    \"Factories idled lines,\" it\nadded.", [
    { text: "Demand fell in every region,", speaker: "the report" },
    { text: "Retailers cut orders.", speaker: "the report" },
    { text: "Factories idled lines,", speaker: "the report" },
  ]],
  ["hard-wrapped quote keeps its newline", "    \"The rules must change before\nthe season opens,\" Owen Pike said.", [{ text: "The rules must change before\nthe season opens,", speaker: "Owen Pike" }]],
  // Coreference
  ["he resolves to the last named speaker", "Rafael Costa, a mining engineer, said output was steady.\n\n“We could double it next year,” he said.", [{ text: "We could double it next year,", speaker: "Rafael Costa" }]],
  ["she resolves past a male name", "Ms. Ingrid Holm met Mr. Paul Ryder on Friday. “The meeting went well,” she said.", [{ text: "The meeting went well,", speaker: "Ingrid Holm" }]],
  ["he skips a female speaker", "Mrs. Aiko Tanaka spoke first. Mr. Victor Lenz answered. “We need more time,” he said.", [{ text: "We need more time,", speaker: "Victor Lenz" }]],
  ["the Russian leader", "Russian President Ivan Sokolov met his guest. According to the Russian leader, the pact “opens a new chapter in our relations.”", [{ text: "opens a new chapter in our relations.", speaker: "Ivan Sokolov", speaker_country: "RUS" }]],
  ["the minister", "Trade Minister Aylin Demir toured the port. “Our exports are booming,” the minister said.", [{ text: "Our exports are booming,", speaker: "Aylin Demir" }]],
  ["surname later", "Finance Minister Paulo Teixeira presented the budget. “It is a fair plan,” Teixeira said.", [{ text: "It is a fair plan,", speaker: "Paulo Teixeira" }]],
  ["Mr. surname later", "Chief executive Daniel Moreau spoke to staff. “We will hire again,” Mr. Moreau said.", [{ text: "We will hire again,", speaker: "Daniel Moreau" }]],
  ["it resolves to an organisation", "The central bank cut its main rate on Thursday.\n\nThe bank said growth was weak. “Inflation is under control,” it added.", [{ text: "Inflation is under control,", speaker: "The bank" }]],
  ["it resolves to the editorial", "“Trade must be fair,” the editorial said. “Both sides gain from open markets,” it added.", [
    { text: "Trade must be fair,", speaker: "the editorial", speaker_type: "media" },
    { text: "Both sides gain from open markets,", speaker: "the editorial" },
  ]],
  ["indefinite description kept as written", "“The mood has changed,” another diplomat said.", [{ text: "The mood has changed,", speaker: "another diplomat", speaker_type: "person" }]],
  ["description with no name kept", "“The data are clear,” one central bank official told Reuters.", [{ text: "The data are clear,", speaker: "one central bank official", via: "Reuters" }]],
  // Via
  ["according to an agency, then a speaker", "According to Interfax, Deputy Minister Oleg Marin said “the pipeline will be finished by summer.”", [{ text: "the pipeline will be finished by summer.", speaker: "Oleg Marin", via: "Interfax" }]],
  ["according to an agency citing a ministry", "According to Reuters, citing Japan's trade ministry, exports “fell for a fifth straight month in October.”", [{ text: "fell for a fifth straight month in October.", speaker: "Japan's trade ministry", via: "Reuters" }]],
  ["told a news agency", "“Our ships will sail,” Captain Ivo Maric told the Associated Press.", [{ text: "Our ships will sail,", speaker: "Ivo Maric", via: "the Associated Press" }]],
  ["agency as the speaker", "According to Xinhua, “the two leaders agreed to expand cooperation in energy and farming.”", [{ text: "the two leaders agreed to expand cooperation in energy and farming.", speaker: "Xinhua", speaker_type: "media", via: null }]],
  // Inner marks
  ["nested single quotes stay inside", "“He told me, ‘Go home,’ and I did,” Paula Reyes said.", [{ text: "He told me, ‘Go home,’ and I did,", speaker: "Paula Reyes" }]],
  ["brackets and ellipsis kept", "Nikolai Orlov said the deal “will [not] change… the balance of power in the region.”", [{ text: "will [not] change… the balance of power in the region.", speaker: "Nikolai Orlov" }]],
  ["apostrophes inside the quote", "“We don’t know what Korea’s plans are for the ’90s-era plants,” said Hye-jin Yoon.", [{ text: "We don’t know what Korea’s plans are for the ’90s-era plants,", speaker: "Hye-jin Yoon" }]],
  ["British single quotes", "‘We are open for business,’ the governor said.", [{ text: "We are open for business,", speaker: "the governor" }]],
  ["single-quoted headline words with a verb", "Sana Mirza said the offer was ‘too little and far too late for us’.", [{ text: "too little and far too late for us", speaker: "Sana Mirza" }]],
  ["short quote with a reporting verb is kept", "Ola Nordmann called the result “historic.”", [{ text: "historic.", speaker: "Ola Nordmann" }]],
  ["ministry spokesperson", "“We oppose any interference,” foreign ministry spokesperson Lin Hua said at a regular briefing.", [{ text: "We oppose any interference,", speaker: "Lin Hua" }]],
  ["senator abbreviation", "“This bill is a mistake,” Sen. Rachel Doyle said.", [{ text: "This bill is a mistake,", speaker: "Rachel Doyle" }]],
  ["pronoun after adjoining quote in a new paragraph", "Amara Diallo, a cotton farmer, was angry.\n\n“Nobody listens to us,” she said.", [{ text: "Nobody listens to us,", speaker: "Amara Diallo" }]],
  ["unknown noun after a determiner", "“It's the '80s all over again,” one winemaker said.", [{ text: "It's the '80s all over again,", speaker: "one winemaker", speaker_type: "person" }]],
  ["description then name apposition", "A spokeswoman for the commission, Maria Jensen, added: “We expect exports to grow in both directions.”", [{ text: "We expect exports to grow in both directions.", speaker: "Maria Jensen", speaker_role: "spokeswoman for the commission" }]],
  ["age and apposition", "Commerce Secretary Laura Chen spoke first. Ms. Chen, 52, a former trade lawyer, said the rules “do not target any one country.”", [{ text: "do not target any one country.", speaker: "Laura Chen" }]],
  ["relative that is not a determiner", "The department announced the curbs, a move that Beijing quickly condemned as “economic bullying of the worst kind.”", [{ text: "economic bullying of the worst kind.", speaker: "Beijing", speaker_type: "government", speaker_country: "CHN" }]],
  ["according to after a reporting verb is a relay", "Lawmakers have called the plan “premature and poorly drafted,” according to Politico Europe.", [{ text: "premature and poorly drafted,", speaker: "Lawmakers", via: "Politico Europe" }]],
  ["relative clause apposition", "“We are ready to talk now,” Ms. Rivera, who leads the group, said.", [{ text: "We are ready to talk now,", speaker: "Rivera", speaker_role: null }]],
  ["spokesman for an institution", "“Talks will resume next week,” a spokesman for the ministry said.", [{ text: "Talks will resume next week,", speaker: "a spokesman for the ministry", speaker_type: "person" }]],
  ["it after a sentence subject", "The Chinese embassy did not respond on Monday. In a post on its website, it said Australia should “reflect on its own behaviour.”", [{ text: "reflect on its own behaviour.", speaker: "The Chinese embassy", speaker_type: "government" }]],
  ["headline single quotes with says", "'We won't be bullied', says Canberra", [{ text: "We won't be bullied", speaker: "Canberra", speaker_type: "government", speaker_country: "AUS" }]],
  ["bare plural institution", "Police said “nobody was hurt in the blast.”", [{ text: "nobody was hurt in the blast.", speaker: "Police" }]],
  ["weekday is not part of the subject", "The ministry on Friday said that exports “rose faster than anyone expected.”", [{ text: "rose faster than anyone expected.", speaker: "The ministry" }]],
  ["question then a named attribution", "“Who will pay for all this?” Rosa Lind asked at the hearing.", [{ text: "Who will pay for all this?", speaker: "Rosa Lind" }]],
  ["quote with no attribution at all", "“Every single container was inspected twice before loading.”", [{ text: "Every single container was inspected twice before loading.", speaker: null, speaker_type: "unknown" }]],
  // British nesting: double marks inside single ones
  ["double quotes nested in single ones", "Mr Pryce said the form was ‘a “temporary” measure that could last for years’.", [{ text: "a “temporary” measure that could last for years", speaker: "Pryce" }]],
  ["nested quote and apostrophes in a British quote", "‘My daughter says, “Mum, pack it in,” and I’m starting to think she’s right,’ Sheila Bramwell said.", [
    { text: "My daughter says, “Mum, pack it in,” and I’m starting to think she’s right,", speaker: "Sheila Bramwell" },
  ]],
  ["a single mark that never closes releases its double quotes", "The ‘reset “is over for good,” Lena Voss said.", [{ text: "is over for good,", speaker: "Lena Voss" }]],
  // Speakers introduced without a title
  ["no-title introduction then she", "Carla Rivera was defiant.\n\n“They will not build on this land,” she said.", [{ text: "They will not build on this land,", speaker: "Carla Rivera", speaker_type: "person" }]],
  ["subject after a dateline", "MENDOZA, Argentina — Carla Rivera was defiant. “They can build to the fence,” she said.", [{ text: "They can build to the fence,", speaker: "Carla Rivera" }]],
  ["surname with a reporting verb confirms the earlier pair", "Her neighbour Esteban Quiroga sold last spring. “I was tired,” Quiroga said.", [{ text: "I was tired,", speaker: "Esteban Quiroga", speaker_type: "person" }]],
  // Pronouns: salience and gender
  ["he prefers a person of the same paragraph", "Dana Ruiz runs the depot. She said the queues were long.\n\nThe depot's chief engineer, Tom Ashby, was more cautious. “Nobody is pretending this will be easy,” he said.", [
    { text: "Nobody is pretending this will be easy,", speaker: "Tom Ashby" },
  ]],
  ["a name keeps the gender a pronoun gave it", "Jordan Avery leads the union. “We will strike,” she said.\n\nMr. Paul Ryder refused to negotiate. Jordan Avery stood firm. “We will not back down,” he said.", [
    { text: "We will strike,", speaker: "Jordan Avery" },
    { text: "We will not back down,", speaker: "Paul Ryder" },
  ]],
  // Definite descriptions and roles
  ["the description's modifiers pick the role", "The agriculture minister, Martín Sosa, promised relief. The housing minister, Valeria Ocampo, wants more land rezoned.\n\n“We cannot pave every vineyard,” the agriculture minister said.", [
    { text: "We cannot pave every vineyard,", speaker: "Martín Sosa", speaker_role: "agriculture minister" },
  ]],
  ["a description before the name is its role", "The housing minister, Valeria Ocampo, wants more land rezoned. “Nobody is forcing anyone to sell,” she said.", [{ text: "Nobody is forcing anyone to sell,", speaker: "Valeria Ocampo", speaker_role: "housing minister" }]],
  ["a role stops at its relative clause", "Tomás Heredia, an agronomist at the university who has studied the valley for years, said “sentiment is not a water policy.”", [{ text: "sentiment is not a water policy.", speaker: "Tomás Heredia", speaker_role: "agronomist at the university" }]],
  ["a relative clause alone is no role", "Lucía Ferreyra, who heads the builders' chamber, said demand was high. “Young families are leaving,” she said.", [{ text: "Young families are leaving,", speaker: "Lucía Ferreyra", speaker_role: null }]],
  ["said + description + name", "“Our members aren’t asking for favours,” said its chief executive, Gareth Pryce.", [{ text: "Our members aren’t asking for favours,", speaker: "Gareth Pryce", speaker_role: "its chief executive" }]],
  ["description with a tail, then the name", "His neighbour at the market, Bridget Lowe, was calmer. “A lease is a lease,” she said.", [{ text: "A lease is a lease,", speaker: "Bridget Lowe" }]],
  ["bare plural subject of a reporting verb", "The government defended the checks after hauliers warned that queues could stretch ‘for twenty miles on a bad day’.", [{ text: "for twenty miles on a bad day", speaker: "hauliers" }]],
  ["possessive description kept as written", "In 2019 his predecessor promised that duties would be lifted “as soon as our partners come to the table.”", [{ text: "as soon as our partners come to the table.", speaker: "his predecessor", speaker_type: "person" }]],
  // Organisations
  ["organisation word in a two-word name", "“The paperwork is the most burdensome in the region,” the World Bank said.", [{ text: "The paperwork is the most burdensome in the region,", speaker: "World Bank", speaker_type: "organization" }]],
  ["the company is the company named before", "Northwind Logistics opened a hub on Monday. The company said it would hire 400 people. “We expect to grow,” it said.", [{ text: "We expect to grow,", speaker: "Northwind Logistics", speaker_type: "organization" }]],
  ["the port authority is the authority named before", "The Port of Rotterdam Authority welcomed the plan. “It confirms our position,” the port authority said.", [{ text: "It confirms our position,", speaker: "The Port of Rotterdam Authority" }]],
  ["a definite description takes the mention naming its owner", "Northwind's works council backed the plan. “Our members were consulted,” the council said.", [{ text: "Our members were consulted,", speaker: "Northwind's works council" }]],
  // Attribution in a neighbouring sentence
  ["a standalone quote speaks for the previous subject", "Marta Pinheiro, a shipowner, disagreed. “We will sail on Monday whatever happens.”", [{ text: "We will sail on Monday whatever happens.", speaker: "Marta Pinheiro" }]],
  ["a standalone quote after a non-speaker subject stays unattributed", "Prices rose sharply in May. “Every container was inspected twice before loading.”", [{ text: "Every container was inspected twice before loading.", speaker: null }]],
  ["a short reporting clause after a full stop", "“The fuel is already in the tanks.” Marta Pinheiro told Reuters.", [{ text: "The fuel is already in the tanks.", speaker: "Marta Pinheiro", via: "Reuters" }]],
  // Gender learnt from the discourse (names that carry none): possessives, objects, reflexives, titles, gendered nouns
  ["a possessive teaches her gender", "Ahn Ji-ho sat beside Rania Haddad, a trade lawyer. Ahn Ji-ho accompanied her to the podium. “We are partners now,” she said.", [{ text: "We are partners now,", speaker: "Rania Haddad" }]],
  ["his marks a man the next she skips", "President Sri Kartika arrived with Trade Minister Budi Santo. Santo said his team was ready. “We want factories, not promises,” she told a business lunch.", [{ text: "We want factories, not promises,", speaker: "Sri Kartika" }]],
  ["an object pronoun is never its own sentence's subject", "Mbali Dlamini welcomed Arjun Rao, an economist. Her speech was short. “You are welcome here,” he said.", [{ text: "You are welcome here,", speaker: "Arjun Rao" }]],
  ["a gendered noun in the apposition", "Chen Meilin, the chairwoman of a metals group, met the press. Wang Jun spoke first. “The deal is done,” she said.", [{ text: "The deal is done,", speaker: "Chen Meilin" }]],
  ["Madam as a title", "Madam President Ramírez greeted Kofi Boateng. Boateng spoke briefly. “We thank our hosts,” she said.", [{ text: "We thank our hosts,", speaker: "Ramírez" }]],
  ["a reflexive names its subject", "Nguyen Thi Lan, a textile trader, introduced herself to Park Min-jun, a banker. Park Min-jun smiled. “You are welcome in Seoul,” she said.", [{ text: "You are welcome in Seoul,", speaker: "Nguyen Thi Lan" }]],
  // Salience: the paragraph's topic, the role that fits
  ["the topic holds past a relative clause", "Kang Min-seok, the head of the council, was careful. He welcomed the pledges, which Budi Santo had repeated, but said details mattered. “We will invest when the rules are clear,” he said.", [{ text: "We will invest when the rules are clear,", speaker: "Kang Min-seok" }]],
  ["the description goes to the person whose role fits", "Kang Min-seok, the head of the council, sat beside Trade Minister Budi Santo. “We have heard this before,” the minister said.", [{ text: "We have heard this before,", speaker: "Budi Santo" }]],
  ["a new main subject takes over the topic", "Oil Minister Teo Mbemba told reporters that output would rise. Commerce Secretary Ananya Rao was noncommittal. “We buy at the best price,” she said.", [{ text: "We buy at the best price,", speaker: "Ananya Rao" }]],
  ["a possessor is not the subject", "Mbemba's delegation included Adaeze Okonkwo, a consultant who advises Luanda. She said banks “have been slow to understand the risk.”", [{ text: "have been slow to understand the risk.", speaker: "Adaeze Okonkwo" }]],
  // Colon attributions without a reporting verb
  ["subject and any verb before a colon", "Rania Haddad, a trade lawyer, was asked about the ban. She laughed: “It will outlive us all.”", [{ text: "It will outlive us all.", speaker: "Rania Haddad" }]],
  ["after an opening participle clause", "Trade Minister Layla Qassimi was asked whether she would resign. Asked again, she smiled: “Ask me in five years.”", [{ text: "Ask me in five years.", speaker: "Layla Qassimi" }]],
  ["a possessive pronoun and a speech noun", "Trade Minister Layla Qassimi, 44, is the youngest minister. Her answer to critics: “Impatience built this country.”", [{ text: "Impatience built this country.", speaker: "Layla Qassimi" }]],
  ["a name's speech noun", "Chiamaka Eze, a shipping executive, was unmoved. Eze's reply was sharp: “We have been squeezed before.”", [{ text: "We have been squeezed before.", speaker: "Chiamaka Eze" }]],
  ["a reporting verb before a colon", "Choi Sung-ho, the chief executive, signed the deal. He told reporters: “The Gulf is our biggest market.”", [{ text: "The Gulf is our biggest market.", speaker: "Choi Sung-ho" }]],
  ["a colon after no speaker stays unattributed", "The agenda had three items: “trade, energy and security.”", [{ text: "trade, energy and security.", speaker: null }]],
  // Plurals never take a singular pronoun
  ["she after said NAME, not the plural opener", "Analysts were divided. “The numbers look good,” said Park Ji-won, a trade economist. She added that firms “will wait for the new rules.”", [
    { text: "The numbers look good,", speaker: "Park Ji-won" },
    { text: "will wait for the new rules.", speaker: "Park Ji-won" },
  ]],
  ["he after said NAME, not Economists", "Economists said the stakes were high. “India matters,” said Lim Tae-yang, a senior fellow. He said investment “could double within five years.”", [
    { text: "India matters,", speaker: "Lim Tae-yang" },
    { text: "could double within five years.", speaker: "Lim Tae-yang" },
  ]],
  ["a coordinated subject is plural", "“Steel is political,” said Priya Menon, a trade lawyer. Ms. Han and Vikram Nair, she said, “both need something to show.”", [
    { text: "Steel is political,", speaker: "Priya Menon" },
    { text: "both need something to show.", speaker: "Priya Menon" },
  ]],
  // A capitalised modifier opening a sentence is no speaker
  ["Two-way trade is no speaker", "Two-way trade reached $20 billion last year, and the target is now “a partnership for the next fifty years.”", [{ text: "a partnership for the next fifty years.", speaker: null }]],
  ["both sides speak, not Two-way", "Two-way trade, both sides said, should reach “$30 billion within five years.”", [{ text: "$30 billion within five years.", speaker: "both sides", speaker_type: "government" }]],
  // The nearest explicit attribution in the paragraph before the previous paragraph's speaker
  ["a standalone quote speaks for the next sentence's reporting subject", "“Supply is not the problem,” said Khalid Harbi, a trader.\n\n“The old fields are tired.” Oil Minister Teo Mbemba told a conference that twelve blocks would be auctioned before the end of the year.", [
    { text: "Supply is not the problem,", speaker: "Khalid Harbi" },
    { text: "The old fields are tired.", speaker: "Teo Mbemba" },
  ]],
];

// Near-misses that must yield nothing.
const NEGATIVE: [string, string][] = [
  ["scare quote, one word", "The so-called “axis” of the three states worries Europe."],
  ["scare quote, two words", "Critics mocked the “peace dividend” as wishful thinking."],
  ["scare quote, three words", "The plan's “grand bargain approach” has few fans."],
  ["title of a book", "She is the author of “The Long Road Home” and two other novels."],
  ["title of a film with a verb nearby", "Critics said the film “Winds of the North” was too long."],
  ["nickname", "Dwayne “The Rock” Johnson attended the premiere."],
  ["operation name", "The army launched “Operation Iron Shield” at dawn."],
  ["apostrophes only", "Korea’s exports in the ’90s didn’t match Japan’s, and farmers’ incomes fell."],
  ["straight apostrophes", "It's the company's best year since the '80s, O'Neill's team said."],
  ["unbalanced opening mark", "The label read “export only and nothing followed."],
  ["lone closing mark", "Prices rose” sharply in May."],
  ["empty marks", "He wrote “” in the box and “ ” again."],
  ["scare quote with single marks", "The ‘reset’ never happened."],
  ["quoted term in a definition", "The word “tariff” comes from Arabic."],
  ["inch marks", "The screen measures 15\" across."],
  ["single word, no verb, curly", "A “historic” summit opened in Hanoi."],
  ["no quotation marks", "The minister said the talks would continue next week."],
  ["slogan in title case", "Supporters chanted “Jobs Not Tariffs” outside the hall."],
  ["quoted name of a law", "Congress passed the “Fair Trade Act” last year."],
  ["dashes and numbers", "The “2+2” format was agreed."],
];

describe("Function: extractQuotes()", () => {
  it.each(POSITIVE)("%s", (_name, text, expected) => {
    const found = quotes(text);
    expect(found.map((q) => q.text)).toEqual(expected.map((e) => e.text));
    expected.forEach((e, i) => expect(found[i]).toMatchObject(e));
  });

  it.each(NEGATIVE)("yields nothing: %s", (_name, text) => {
    expect(quotes(text)).toEqual([]);
  });

  it("oracle: every record's text is the text between its offsets, and records satisfy the contract", () => {
    for (const [, text] of [...POSITIVE, ...NEGATIVE]) {
      for (const q of quotes(text)) {
        expect(text.slice(q.char_start, q.char_end)).toBe(q.text);
        expect(text.includes(q.sentence)).toBe(true);
        expect(q.sentence.includes(q.text)).toBe(true);
        expect(() => QuoteRecord.parse(q)).not.toThrow();
      }
    }
  });

  it("gives higher confidence to a named speaker than to a resolved pronoun", () => {
    const [named, pronoun] = quotes("“We agree,” Anna Berg said. Later she spoke again.\n\n“We still agree,” she said.");
    expect(named?.confidence).toBeGreaterThan(pronoun?.confidence ?? 1);
  });

  it("stays linear on pathological input", () => {
    const started = Date.now();
    for (const text of ['"'.repeat(50_000), "“a” ".repeat(25_000), "said ".repeat(100_000), "according to ".repeat(50_000)]) {
      expect(() => quotes(text)).not.toThrow();
    }
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
