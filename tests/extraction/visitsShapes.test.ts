// Invented sentences in the many shapes news writing gives a trip, each with the
// records it should give (published 2024-06-19, a Wednesday), and wording that
// must give none. People and quotes here are fictional.
import { describe, expect, it } from "vitest";
import type { VisitRecord } from "../../lambdas/core/schemas";
import { expectVisits, visitsOf as visits } from "../helpers/extractionExpect";


describe("visit shapes in news writing", () => {
  it.each<[string, string, Partial<VisitRecord>[]]>([
    // ongoing and occurred
    ["is on a visit", "Ghanaian Foreign Minister Kwame Asante is on a three-day visit to Japan.", [
      { visitor: "Kwame Asante", visitor_country: "GHA", host_country: "JPN", status: "occurred" }]],
    ["who is visiting", "Chilean President Marta Rojas, who is visiting India, said the deal was close.", [
      { visitor: "Marta Rojas", visitor_country: "CHL", host_country: "IND", status: "occurred" }]],
    ["during X's trip", "The accord was signed during Estonian Prime Minister Kaja Tamm's trip to Vietnam last week.", [
      { visitor: "Kaja Tamm", visitor_country: "EST", host_country: "VNM", start_date: "2024-06" }]],
    ["held talks in the capital", "Swedish Trade Minister Lars Berg held talks in the Kenyan capital with local business leaders on Tuesday.", [
      { visitor: "Lars Berg", visitor_country: "SWE", host_country: "KEN", start_date: "2024-06-18" }]],
    ["held talks in a city with", "Norwegian Foreign Minister Ola Dahl held talks in Cairo with Egyptian officials on Sunday.", [
      { visitor: "Ola Dahl", visitor_country: "NOR", host_country: "EGY", place: "Cairo", start_date: "2024-06-16" }]],
    ["country welcomed X", "Mexico welcomed Canadian Prime Minister Paul Leclerc on Monday.", [
      { visitor: "Paul Leclerc", visitor_country: "CAN", host_country: "MEX", start_date: "2024-06-17" }]],
    ["received the visiting X", "Mongolian President Bat Erdene received the visiting Japanese Foreign Minister Aiko Mori in Ulaanbaatar on Saturday.", [
      { visitor: "Aiko Mori", visitor_country: "JPN", host_country: "MNG", place: "Ulaanbaatar", start_date: "2024-06-15" }]],
    ["X was welcomed in a city", "Kenyan President Daniel Otieno was welcomed in Washington on Monday for a state visit.", [
      { visitor: "Daniel Otieno", visitor_country: "KEN", host_country: "USA", place: "Washington", start_date: "2024-06-17" }]],
    ["X of a country after the name", "Prime Minister Tomas Varga of Hungary arrived in Rome on Friday.", [
      { visitor: "Tomas Varga", visitor_country: "HUN", host_country: "ITA", place: "Rome", start_date: "2024-06-14" }]],
    ["hosted a delegation from a country, led by X", "Cuba hosted a delegation from Belarus led by Deputy Prime Minister Oleg Sokol on Monday.", [
      { visitor: "Oleg Sokol", visitor_role: "Deputy Prime Minister", visitor_country: "BLR", host_country: "CUB", start_date: "2024-06-17" }]],
    ["hosted a delegation from a country", "Peru hosted a delegation from Vietnam on Tuesday.", [
      { visitor: "delegation from Vietnam", visitor_country: "VNM", host_country: "PER", start_date: "2024-06-18" }]],
    ["his in an opening phrase points ahead", "Chilean Foreign Minister Ana Vidal met reporters. During his stay in Hanoi, Peruvian President Luis Soto inspected a port.", [
      { visitor: "Luis Soto", visitor_country: "PER", host_country: "VNM", place: "Hanoi" }]],
    ["the visitor's country from a later mention", "President Rafael Costa arrived in Hanoi on Monday. Brazilian President Rafael Costa later laid a wreath.", [
      { visitor: "Rafael Costa", visitor_country: "BRA", host_country: "VNM", place: "Hanoi" }]],
    ["two visitors joined by and", "Japanese Emperor Hiro and Empress Aiko will make a state visit to Britain in July.", [
      { visitor: "Hiro", visitor_country: "JPN", host_country: "GBR", status: "planned", start_date: "2024-07" },
      { visitor: "Aiko", visitor_country: "JPN", host_country: "GBR", status: "planned", start_date: "2024-07" }]],
    ["scheduled to meet in a city", "Canadian Prime Minister Paul Leclerc is scheduled to meet Indian Prime Minister Ravi Menon in New Delhi on Thursday.", [
      { visitor: "Paul Leclerc", visitor_country: "CAN", host_country: "IND", place: "New Delhi", status: "planned", start_date: "2024-06-20" }]],
    ["a qualified trip noun", "Indonesian President Budi Santoso made his first overseas trip of the year to Australia in February.", [
      { visitor: "Budi Santoso", visitor_country: "IDN", host_country: "AUS", start_date: "2024-02" }]],
    ["a role owns the visit", "The Chinese president's state visit to France began on Sunday.", [
      { visitor: "Chinese president", visitor_country: "CHN", host_country: "FRA", start_date: "2024-06-16" }]],
    ["planned in an appositive", "The trip of Kenya's trade minister to Kampala, planned for March, will focus on sugar.", [
      { visitor: "Kenya's trade minister", visitor_country: "KEN", host_country: "UGA", place: "Kampala", status: "planned", start_date: "2025-03" }]],
    ["a group's named leader takes its country", "The Zambian team, headed by Colonel Mwila Banda, is due in Harare on Thursday.", [
      { visitor: "Mwila Banda", visitor_country: "ZMB", host_country: "ZWE", place: "Harare" }]],
    ["a leader after a group from a city, with an appositive", "A 12-member delegation from Cochabamba, led by Rosa Quispe, deputy head of the city council, visited Asunción on Monday.", [
      { visitor: "Rosa Quispe", visitor_country: "BOL", host_country: "PRY", place: "Asunción" }]],
    ["a leader after a group named for its country, with its role", "A delegation of the Federation of Kenyan Exporters (FKE), led by its eastern region chairman Peter Kamau, returned from Kampala last week.", [
      { visitor: "Peter Kamau", visitor_country: "KEN", host_country: "UGA" }]],
    ["a role told after a group's leader is another visitor", "A delegation from Hanoi, led by Tran Van Minh, visited Jakarta on Monday.\n\nVietnam's trade minister also visited Indonesia.", [
      { visitor: "Tran Van Minh", visitor_country: "VNM", host_country: "IDN", start_date: "2024-06-17" },
      { visitor: "Vietnam's trade minister", visitor_country: "VNM", host_country: "IDN", start_date: null }]],
    ["a lead's role-only visitor named as the next paragraph's subject", "Spain's trade minister held talks in Rabat on Monday with her Moroccan counterpart.\n\nElena Ruiz, on her second visit to Morocco, met the prime minister. \"We want jobs on both sides,\" Ruiz said. Ruiz is due to travel on to Nouakchott on Wednesday, her ministry said.", [
      { visitor: "Elena Ruiz", visitor_country: "ESP", host_country: "MAR", start_date: "2024-06-17" },
      { visitor: "Elena Ruiz", visitor_country: "ESP", host_country: "MRT", place: "Nouakchott", start_date: "2024-06-19" }]],
    ["a host named after a role-only visitor is not the visitor", "Iraq's prime minister arrived in Amman on Tuesday.\n\nOmar Haddad received him at the airport, officials said.", [
      { visitor: "Iraq's prime minister", visitor_country: "IRQ", host_country: "JOR", place: "Amman" }]],
    ["a purpose ends at the end of its line", "Kenya's trade minister is in Kampala for the annual trade meeting\nTwo-way trade rose 9% last year.", [
      { visitor: "Kenya's trade minister", host_country: "UGA", purpose: "the annual trade meeting" }]],
    ["a pronoun for a role-only visitor told before, and an onward stop's own date", "Chile's president arrived in Lima on Monday. He is scheduled to visit Cusco on Wednesday before leaving for Quito on Thursday.", [
      { visitor: "Chile's president", visitor_country: "CHL", host_country: "PER", start_date: "2024-06-17" },
      { visitor: "Chile's president", visitor_country: "CHL", host_country: "ECU", place: "Quito", start_date: "2024-06-20", status: "planned" }]],
    ["a person at the head of a group takes its country", "Rahul Verma arrived in Perth on Tuesday at the head of a delegation of 35 Indian executives.", [
      { visitor: "Rahul Verma", visitor_country: "IND", host_country: "AUS", place: "Perth" }]],
    ["a person named in apposition after a role after \"by\"", "The visit follows a trip to Lima in May by Chile's trade minister, Rosa Pizarro, who signed a deal.", [
      { visitor: "Rosa Pizarro", visitor_country: "CHL", host_country: "PER", place: "Lima", start_date: "2024-05" }]],
    ["a headline's \"leader\" is the body's prime minister", "Ethiopia's leader visits Kenya\n\nEthiopia's prime minister arrived in Nairobi on Wednesday for talks.", [
      { visitor: "Ethiopia's prime minister", visitor_country: "ETH", host_country: "KEN", place: "Nairobi", start_date: "2024-06-19" }]],
    ["who organised a group's trip stands between it and its verb", "A delegation of 40 Chilean wine makers, organised by the ProChile export agency, visited Shanghai in May.", [
      { visitor: "delegation of 40 Chilean wine makers", visitor_country: "CHL", host_country: "CHN", place: "Shanghai", start_date: "2024-05" }]],
    ["a tour that will take a role-only visitor to places, each with its day", "Chile's foreign minister arrived in Lima on Monday, the first leg of a tour that will also take him to Quito on Wednesday and Bogota on Friday.", [
      { visitor: "Chile's foreign minister", host_country: "PER", start_date: "2024-06-17" },
      { visitor: "Chile's foreign minister", host_country: "ECU", place: "Quito", start_date: "2024-06-19", status: "planned" },
      { visitor: "Chile's foreign minister", host_country: "COL", place: "Bogota", start_date: "2024-06-21", status: "planned" }]],
    ["a bare title no one was given before stands when its frame gives a country", "The Cabinet Secretary will lead a Kenyan trade mission to Kampala on Monday, before proceeding to Kigali.", [
      { visitor: "Cabinet Secretary", visitor_country: "KEN", host_country: "UGA", place: "Kampala", status: "planned" },
      { visitor: "Cabinet Secretary", visitor_country: "KEN", host_country: "RWA", place: "Kigali", status: "planned" }]],
    ["a capitalised bare \"the Minister\" with no one before it names no one", "On 15 May, the Minister will travel to Bucharest for talks.", []],
    ["a bare title is no one told before of another country than its frame gives", "Abuja - The Honourable Minister on Wednesday received Ghana's Minister for Trade, who is in Nigeria on a working visit.\n\nThe Honourable Minister will lead a delegation of Nigerian manufacturers to Accra on 24 November, and thereafter to Abidjan.", [
      { visitor: "Ghana's Minister for Trade", visitor_country: "GHA", host_country: "NGA" },
      { visitor: "Honourable Minister", visitor_country: "NGA", host_country: "GHA", place: "Accra", start_date: "2024-11-24" },
      { visitor: "Honourable Minister", visitor_country: "NGA", host_country: "CIV", place: "Abidjan" }]],
    ["a host received the leaders of two countries: two visits", "Kazakhstan's president hosted the leaders of Turkey and Iran in Astana in May.", [
      { visitor: "leader of Turkey", visitor_country: "TUR", host_country: "KAZ", place: "Astana", start_date: "2024-05" },
      { visitor: "leader of Iran", visitor_country: "IRN", host_country: "KAZ", place: "Astana", start_date: "2024-05" }]],
    ["a pronoun after a sentence with two people is the first one, its subject", "Chile's Foreign Minister Rosa Vega arrived in Lima on Monday.\n\nVega co-chaired the commission with trade minister Luis Paredes. She will travel to Cusco on Wednesday before leaving for Quito on Thursday.", [
      { visitor: "Rosa Vega", visitor_country: "CHL", host_country: "PER", start_date: "2024-06-17" },
      { visitor: "Rosa Vega", visitor_country: "CHL", host_country: "ECU", place: "Quito", start_date: "2024-06-20" }]],
    ["a reflexive between the visitor and \"was in\"", "Foreign Minister Karim Idrissi of Morocco met her. Idrissi himself was in Madrid in June.", [
      { visitor: "Karim Idrissi", visitor_country: "MAR", host_country: "ESP", place: "Madrid", start_date: "2024-06" }]],
    ["a place was visited by", "Pakistan was visited by a Saudi delegation on Monday.", [
      { visitor: "Saudi delegation", visitor_country: "SAU", host_country: "PAK", start_date: "2024-06-17" }]],
    ["a role stands for the person named with it", "Peruvian President Luis Soto spoke by phone with Chile's president. The Peruvian leader will travel to Santiago on Friday.", [
      { visitor: "Luis Soto", visitor_country: "PER", host_country: "CHL", place: "Santiago", status: "planned" }]],
    ["a role that fits no one named stays as written", "Peruvian Trade Minister Ana Ruiz spoke on Monday. Peru's defense minister arrived in Quito on Tuesday.", [
      { visitor: "Peru's defense minister", visitor_country: "PER", host_country: "ECU" }]],
    ["a list item dated on its own line", "Timeline\n\n- 12 March 2024: Kazakh Foreign Minister Erlan Nurov visits Islamabad, the first such trip in eight years, and meets business leaders there.\n- 4 February 2026: Pakistan's commerce minister Imran Shah travels to Astana for talks on transit fees and rail links.", [
      { visitor: "Erlan Nurov", host_country: "PAK", start_date: "2024-03-12" },
      { visitor: "Imran Shah", host_country: "KAZ", start_date: "2026-02-04" }]],
    ["a portfolio in a lower-case role", "Senegal's fisheries minister Awa Ndiaye and Morocco's fisheries minister Karim Bennani will travel to Nouakchott on Monday.", [
      { visitor: "Awa Ndiaye", visitor_country: "SEN", host_country: "MRT" },
      { visitor: "Karim Bennani", visitor_country: "MAR", host_country: "MRT" }]],
    ["this afternoon is the publication day", "Vietnam's Prime Minister landed in Seoul this afternoon.", [
      { visitor: "Vietnam's Prime Minister", host_country: "KOR", start_date: "2024-06-19" }]],
    ["a formal state name", "The Minister of Foreign Affairs, Rui Matos, concluded yesterday a two-day official visit to the Republic of Angola.", [
      { visitor: "Rui Matos", host_country: "AGO", start_date: "2024-06-18" }]],
    ["travels today to", "Minister Rui Matos travels today to São Tomé and Príncipe.", [
      { visitor: "Rui Matos", host_country: "STP", start_date: "2024-06-19" }]],
    ["a role, then who visited", "The groundwork was laid by South Korea's foreign minister, who visited Hanoi in July.", [
      { visitor: "South Korea's foreign minister", visitor_country: "KOR", host_country: "VNM", place: "Hanoi", start_date: "2023-07" }]],
    ["a partner described before the name", "Trade Minister Yoon Hae-jin and the head of the trade agency KOTRA, Baek Min-ho, will fly to Hanoi on June 26.", [
      { visitor: "Yoon Hae-jin", host_country: "VNM", start_date: "2024-06-26", status: "planned" },
      { visitor: "Baek Min-ho", host_country: "VNM", start_date: "2024-06-26", status: "planned" }]],
    ["a city from the world list", "The Mayor of Lyon, Jeanne Morel, arrived in Cork on Tuesday for a three-day visit.", [
      { visitor: "Jeanne Morel", host_country: "IRL", place: "Cork", start_date: "2024-06-18" }]],
    ["a role in the named visit's sentence is that visit", "Ethiopia's trade minister Hirut Alemu touched down in Nairobi on Friday, the first Ethiopian cabinet minister to visit Kenya since 2019.", [
      { visitor: "Hirut Alemu", visitor_country: "ETH", host_country: "KEN", start_date: "2024-06-14" }]],
    ["a name with no title that arrives", "When Aidar Nurlan arrived in Baku on Sunday for a two-day state visit, it was his second trip this year.", [
      { visitor: "Aidar Nurlan", host_country: "AZE", place: "Baku", start_date: "2024-06-16" }]],
    ["a named leader of a group, with a long apposition", "A delegation of the Government of Cuba headed by Rafael Ortega Sanchez, member of the Political Bureau of the Central Committee and vice-president of the Council of Ministers, arrived in Pyongyang on Wednesday.", [
      { visitor: "Rafael Ortega Sanchez", visitor_country: "CUB", host_country: "PRK", start_date: "2024-06-19" }]],
    ["a group of a demonym, led by a named person", "A 35-member delegation of Ivorian exporters, led by Aminata Kone, Vice-President of the Chamber of Commerce, arrived in Dakar on Monday.", [
      { visitor: "Aminata Kone", visitor_country: "CIV", host_country: "SEN", start_date: "2024-06-17" }]],
    ["a KCNA dateline puts here in its city", "Pyongyang, June 19 (KCNA) -- A Cuban government delegation arrived here on Wednesday.", [
      { visitor: "Cuban government delegation", visitor_country: "CUB", host_country: "PRK", start_date: "2024-06-19" }]],
    ["a group told in a role visit's sentence is that visit", "In May, Kenya's prime minister led a 90-member business mission to Lima, the largest Kenyan delegation to Peru since independence.", [
      { visitor: "Kenya's prime minister", visitor_country: "KEN", host_country: "PER", start_date: "2024-05" }]],
    ["he was hosted in, continue on to", "Peruvian President Luis Soto visited Japan. In June he was hosted in Ankara, where he signed a deal. On Tuesday he will continue on to Tbilisi.", [
      { visitor: "Luis Soto", host_country: "JPN" },
      { visitor: "Luis Soto", host_country: "TUR", place: "Ankara", start_date: "2024-06" },
      { visitor: "Luis Soto", host_country: "GEO", place: "Tbilisi", start_date: "2024-06-25", status: "planned" }]],
    ["a group led by a role", "A Chinese delegation led by a vice premier arrived in Pyongyang on Tuesday for talks on economic cooperation.", [
      { visitor: "vice premier", visitor_country: "CHN", host_country: "PRK", place: "Pyongyang", start_date: "2024-06-18" }]],
    ["received at a named venue by a host", "Marie Duval was received at the National Palace by the Dominican president on Thursday.", [
      { visitor: "Marie Duval", host_country: "DOM", start_date: "2024-06-13" }]],
    ["a headline's semicolon parts two stories", "Peru-Chile trade up 11 pct in Jan.-Oct.; Peruvian President Luis Soto wraps up Santiago trip", [
      { visitor: "Luis Soto", host_country: "CHL", start_date: null }]],
    ["left a city to visit two countries", "Minister Ri Yong Sik left Pyongyang by air on Tuesday to visit Laos and Vietnam.", [
      { visitor: "Ri Yong Sik", host_country: "LAO", status: "occurred", start_date: "2024-06-18" },
      { visitor: "Ri Yong Sik", host_country: "VNM", status: "occurred", start_date: "2024-06-18" }]],
    ["paid a state visit", "Portuguese President Rui Costa paid a state visit to Brazil in May.", [
      { visitor: "Rui Costa", visitor_country: "PRT", host_country: "BRA", start_date: "2024-05" }]],
    ["began a tour of three countries", "Indian Foreign Minister Arjun Rao began a tour of Kenya, Tanzania and Ethiopia on Sunday.", [
      { visitor: "Arjun Rao", host_country: "KEN", start_date: "2024-06-16" },
      { visitor: "Arjun Rao", host_country: "TZA", start_date: "2024-06-16" },
      { visitor: "Arjun Rao", host_country: "ETH", start_date: "2024-06-16" }]],
    ["embarked on a tour of", "Malaysian Prime Minister Aziz Rahman embarked on a week-long tour of the Gulf states, starting in Qatar.", [
      { visitor: "Aziz Rahman", visitor_country: "MYS", host_country: "QAT" }]],
    ["flew to a city", "Nigerian President Musa Bello flew to Paris on Thursday.", [
      { visitor: "Musa Bello", visitor_country: "NGA", host_country: "FRA", place: "Paris", start_date: "2024-06-13" }]],
    ["landed in", "Thai Prime Minister Somchai Wong landed in Canberra on Friday for talks on farm trade.", [
      { visitor: "Somchai Wong", visitor_country: "THA", host_country: "AUS", place: "Canberra", start_date: "2024-06-14" }]],
    ["X's arrival in", "Polish President Adam Nowicki's arrival in Kyiv on Tuesday had been kept secret.", [
      { visitor: "Adam Nowicki", visitor_country: "POL", host_country: "UKR", place: "Kyiv", start_date: "2024-06-18" }]],
    ["headed to", "Greek Prime Minister Nikos Pappas headed to Cairo on Sunday for talks on gas.", [
      { visitor: "Nikos Pappas", visitor_country: "GRC", host_country: "EGY", place: "Cairo", start_date: "2024-06-16" }]],
    ["set off for", "Czech Foreign Minister Jan Dvorak set off for Seoul on Monday.", [
      { visitor: "Jan Dvorak", visitor_country: "CZE", host_country: "KOR", place: "Seoul" }]],
    ["was in a city", "French Foreign Minister Claire Martin was in Nairobi on Tuesday.", [
      { visitor: "Claire Martin", visitor_country: "FRA", host_country: "KEN", place: "Nairobi", start_date: "2024-06-18" }]],
    ["made a surprise visit", "British Defence Secretary Tom Hale made a surprise visit to Kyiv on Monday.", [
      { visitor: "Tom Hale", visitor_country: "GBR", host_country: "UKR", place: "Kyiv", start_date: "2024-06-17" }]],
    ["arrived on an official visit", "Kazakh President Nurlan Abenov arrived in Rome on Tuesday on an official visit.", [
      { visitor: "Nurlan Abenov", visitor_country: "KAZ", host_country: "ITA", place: "Rome", start_date: "2024-06-18" }]],
    ["wrapped up a visit", "Finnish President Mika Laine wrapped up a four-day visit to Japan on Friday.", [
      { visitor: "Mika Laine", visitor_country: "FIN", host_country: "JPN", status: "occurred" }]],
    ["concluded a visit", "Egyptian Foreign Minister Omar Said concluded a two-day visit to Athens on Thursday.", [
      { visitor: "Omar Said", visitor_country: "EGY", host_country: "GRC", place: "Athens", status: "occurred" }]],
    ["ended a visit", "Irish President Sean Walsh ended his state visit to Canada on Saturday.", [
      { visitor: "Sean Walsh", visitor_country: "IRL", host_country: "CAN", status: "occurred" }]],
    ["X's visit, the first by a leader since", "Japanese Prime Minister Kenji Sato's visit to Mongolia, the first by a Japanese leader since 2015, began on Sunday.", [
      { visitor: "Kenji Sato", visitor_country: "JPN", host_country: "MNG", start_date: "2024-06-16", status: "occurred" }]],
    ["X, on a visit to Y, said", "Saudi Foreign Minister Faisal Hamad, on a visit to Iraq, said ties were improving.", [
      { visitor: "Faisal Hamad", visitor_country: "SAU", host_country: "IRQ" }]],
    ["X, in Y for talks, said", "Austrian Chancellor Karl Huber, in Ankara for talks, said the migration pact would hold.", [
      { visitor: "Karl Huber", visitor_country: "AUT", host_country: "TUR", place: "Ankara" }]],
    ["returned from", "Dutch Prime Minister Pieter Smit returned from Indonesia on Thursday.", [
      { visitor: "Pieter Smit", visitor_country: "NLD", host_country: "IDN", status: "occurred" }]],
    ["hosted X in his capital", "Brazilian President Lucas Prado hosted Angolan President Joao Neto in Brasilia on Monday.", [
      { visitor: "Joao Neto", visitor_country: "AGO", host_country: "BRA", place: "Brasilia", start_date: "2024-06-17" }]],
    ["a formal title with its portfolio list", "Nigeria's Minister of Industry, Trade and Investment is visiting Accra on a three-day working visit.", [
      { visitor: "Nigeria's Minister of Industry, Trade and Investment", visitor_country: "NGA", host_country: "GHA", place: "Accra" }]],
    ["accompanied someone to a place: both visit", "Kenyan Trade Minister Moses Kuria accompanied President William Ruto to Beijing on Monday.", [
      { visitor: "Moses Kuria", visitor_country: "KEN", host_country: "CHN", place: "Beijing" },
      { visitor: "William Ruto", visitor_country: "KEN", host_country: "CHN", place: "Beijing" }]],
    ["accompanied a role to a place", "In 2019, Norwegian envoy Halvard Lien accompanied Norway's fisheries minister to Santiago.", [
      { visitor: "Halvard Lien", visitor_country: "NOR", host_country: "CHL", start_date: "2019" },
      { visitor: "Norway's fisheries minister", visitor_country: "NOR", host_country: "CHL", start_date: "2019" }]],
    ["played host to an undersecretary in a city", "In 1991 Norwegian envoy Halvard Lien played host to Chile's fisheries undersecretary in Bergen.", [
      { visitor: "Chile's fisheries undersecretary", visitor_country: "CHL", host_country: "NOR", place: "Bergen", start_date: "1991" }]],
    ["the place a visitor came from, where they did something", "The Kazakh leader came to Moscow from Minsk, where on Monday he took part in a summit.", [
      { visitor: "Kazakh leader", visitor_country: "KAZ", host_country: "RUS", place: "Moscow" },
      { visitor: "Kazakh leader", visitor_country: "KAZ", host_country: "BLR", place: "Minsk", start_date: "2024-06-17" }]],
    ["a visit by a title with its lower-case portfolio", "A trip to Cairo by Saudi Arabia's minister of investment in July laid the groundwork.", [
      { visitor: "Saudi Arabia's minister of investment", visitor_country: "SAU", host_country: "EGY", start_date: "2023-07" }]],
    ["\"for the\" after a title is its purpose, not its portfolio", "Malaysia will host Singapore's Prime Minister for the annual Leaders' Retreat in December.", [
      { visitor: "Singapore's Prime Minister", visitor_country: "SGP", host_country: "MYS", status: "planned" }]],
    ["a city's office takes the city's country", "The mayor of Barcelona led a mission of 30 companies to Santiago in mid-October.", [
      { visitor: "mayor of Barcelona", visitor_country: "ESP", host_country: "CHL", start_date: "2023-10" }]],
    ["an office of something that is no known city names no country", "The governor of the central bank flew to London on Monday.", []],
    ["a host welcomes a formal title with its portfolios", "Jakarta welcomed Vietnam's Minister of Agriculture and Environment on Monday for talks.", [
      { visitor: "Vietnam's Minister of Agriculture and Environment", visitor_country: "VNM", host_country: "IDN", start_date: "2024-06-17" }]],
    ["a visit set for part of a month", "A reciprocal visit to Accra by Nigeria's trade minister is set for the second half of April.", [
      { visitor: "Nigeria's trade minister", visitor_country: "NGA", host_country: "GHA", start_date: "2025-04", status: "planned" }]],
    ["a title's lower-case complement stops at a verb", "The President of Russia accepted an invitation to visit Kazakhstan.", [
      { visitor: "President of Russia", visitor_country: "RUS", host_country: "KAZ", status: "planned" }]],
    ["a role with a list of portfolios", "Japan's economy, trade and industry minister is expected to travel to Canberra in May.", [
      { visitor: "Japan's economy, trade and industry minister", visitor_country: "JPN", host_country: "AUS", status: "planned" }]],
    ["attended an event named after its city", "Iraq's foreign minister attended the Antalya Diplomacy Forum in April.", [
      { visitor: "Iraq's foreign minister", visitor_country: "IRQ", host_country: "TUR", start_date: "2024-04" }]],
    ["a trip by a numbered delegation, its leader named after the date", "A trip to Erbil by a 60-member delegation of Turkish contractors in March, led by Murat Ozkaya, chairman of the business council, produced several deals.", [
      { visitor: "Murat Ozkaya", visitor_country: "TUR", host_country: "IRQ", start_date: "2024-03" }]],
    ["a former office-holder's role with \"then\"", "The last presidential visit was in 2019, when Chile's then president went to New Delhi with a business delegation.", [
      { visitor: "Chile's then president", visitor_country: "CHL", host_country: "IND", start_date: "2019" }]],
    ["a role with its remit in apposition before the name", "Groundwork was laid by New Zealand's special trade envoy for the Pacific, Mereana Tuhoe, who visited Suva on Monday.", [
      { visitor: "Mereana Tuhoe", visitor_country: "NZL", host_country: "FJI", place: "Suva" }]],
    ["a lower-case title with its portfolio", "In February, Qatar's minister of state for foreign affairs was in Islamabad on February 6.", [
      { visitor: "Qatar's minister of state for foreign affairs", visitor_country: "QAT", host_country: "PAK", start_date: "2024-02-06" }]],
    ["a long apposition ending in a role describes the named person before it", "A delegation headed by Rafael Ortega Sanchez, member of the Political Bureau of the Communist Party of Cuba and vice-president of the Council of Ministers, arrived in Pyongyang on Monday.", [
      { visitor: "Rafael Ortega Sanchez", host_country: "PRK", place: "Pyongyang" }]],
    ["a formal title with \"for\"", "Tanzania's Minister for Industry and Trade will be in Kampala next week.", [
      { visitor: "Tanzania's Minister for Industry and Trade", visitor_country: "TZA", host_country: "UGA", status: "planned" }]],
    ["an untitled leader of a counted group of one country", "In the other direction, Agnes Nakato Ssempala, who chairs the Kampala City Traders Association, led 35 Ugandan traders to the Dar es Salaam International Trade Fair earlier this month.", [
      { visitor: "Agnes Nakato Ssempala", visitor_country: "UGA", host_country: "TZA", place: "Dar es Salaam" }]],
    ["a formal title with its country after it", "The Prime Minister of Moldova is expected in Kyiv next week.", [
      { visitor: "Prime Minister of Moldova", visitor_country: "MDA", host_country: "UKR", status: "planned" }]],
    ["counted delegations of a country, with a source that is no purpose", "Over the past five years, 11 delegations of Cuba have visited Vietnam, according to the Foreign Ministry.", [
      { visitor: "delegations of Cuba", visitor_country: "CUB", host_country: "VNM", count: 11, purpose: null }]],
    ["a noun frame, then a further stop without its own subject", "Israel's energy minister paid an official visit to Nicosia on Monday and travelled on to Athens on Tuesday.", [
      { visitor: "Israel's energy minister", host_country: "CYP", place: "Nicosia" },
      { visitor: "Israel's energy minister", host_country: "GRC", place: "Athens" }]],
    ["one visitor told by two roles of one country is one visit", "German chancellor visits Warsaw\n\nGermany's chancellor flew to Warsaw on Tuesday. The German chancellor met Polish officials in Warsaw.", [
      { visitor: "German chancellor", visitor_country: "DEU", host_country: "POL", place: "Warsaw", start_date: "2024-06-18" }]],
    ["two roles of one country that differ stay two visits", "Germany's foreign minister flew to Warsaw on Tuesday. Germany's trade minister arrived in Warsaw on Wednesday.", [
      { visitor: "Germany's foreign minister", host_country: "POL" },
      { visitor: "Germany's trade minister", host_country: "POL" }]],
    ["an untitled name takes the country of \"the Kazakh leader\" in the sentence before it", "When Aidar Seitkali arrived in Baku on Sunday, it was his second trip this year.\n\nThe Kazakh leader knows the route well. Seitkali first went to Baku in 2019. En route, Seitkali stopped in Aktau.", [
      { visitor: "Aidar Seitkali", visitor_country: "KAZ", host_country: "AZE", start_date: "2024-06-16" },
      { visitor: "Aidar Seitkali", visitor_country: "KAZ", host_country: "AZE", start_date: "2019" }]],
    ["a visitor named only after the role that introduced them", "Haiti's trade minister arrived in Santo Domingo on Tuesday.\n\nMarie-Claude Jean-Baptiste was received at the National Palace by the Dominican president on Wednesday. She will continue on to Kingston on Friday.", [
      { visitor: "Marie-Claude Jean-Baptiste", visitor_country: "HTI", host_country: "DOM", place: "Santo Domingo", start_date: "2024-06-18" },
      { visitor: "Marie-Claude Jean-Baptiste", visitor_country: "HTI", host_country: "JAM", place: "Kingston", status: "planned" }]],
    ["a bare role stands for the visitor told before it", "Brazil's foreign minister concluded a visit to Montevideo on Thursday. The minister, who crossed the River Plate on Wednesday, heads to Asunción on Friday.", [
      { visitor: "Brazil's foreign minister", visitor_country: "BRA", host_country: "URY", place: "Montevideo" },
      { visitor: "Brazil's foreign minister", visitor_country: "BRA", host_country: "PRY", place: "Asunción" }]],
    ["a bare role stands for the person named with it before", "Japanese Foreign Minister Kenji Aoyama arrived in Canberra on Monday. The minister will fly on to Wellington on Wednesday.", [
      { visitor: "Kenji Aoyama", visitor_country: "JPN", host_country: "AUS" },
      { visitor: "Kenji Aoyama", visitor_country: "JPN", host_country: "NZL", status: "planned" }]],
    ["a bare role that stands for no one told before is no visitor", "The minister will fly to Wellington on Wednesday.", []],
    ["two roles, each of its own country, as one subject", "Cyprus's president and Greece's prime minister are expected in Jerusalem in December.", [
      { visitor: "Cyprus's president", visitor_country: "CYP", host_country: "ISR", status: "planned" },
      { visitor: "Greece's prime minister", visitor_country: "GRC", host_country: "ISR", status: "planned" }]],
    ["received X in audience in a city", "The king received Moroccan Prime Minister Aziz Amrani in audience in Amman on Monday.", [
      { visitor: "Aziz Amrani", visitor_country: "MAR", host_country: "JOR", place: "Amman", start_date: "2024-06-17" }]],
    ["a country played host to X", "Egypt played host to Saudi Crown Prince Faisal bin Khalid on Monday.", [
      { visitor: "Faisal bin Khalid", visitor_country: "SAU", host_country: "EGY", start_date: "2024-06-17" }]],
    ["will play host to", "Qatar will play host to Pakistani Prime Minister Imran Qureshi next week.", [
      { visitor: "Imran Qureshi", visitor_country: "PAK", host_country: "QAT", status: "planned" }]],
    ["paid a courtesy call on someone in a city", "Australian Prime Minister Emma Clarke paid a courtesy call on the Japanese emperor in Tokyo on Monday.", [
      { visitor: "Emma Clarke", visitor_country: "AUS", host_country: "JPN", place: "Tokyo", start_date: "2024-06-17" }]],
    ["was hosted by", "Angolan President Joao Neto was hosted by Brazilian President Lucas Prado on Monday.", [
      { visitor: "Joao Neto", visitor_country: "AGO", host_country: "BRA", start_date: "2024-06-17" }]],
    ["was received by", "Kazakh President Nurlan Abenov was received by Spanish Prime Minister Luis Ortega in Madrid on Tuesday.", [
      { visitor: "Nurlan Abenov", visitor_country: "KAZ", host_country: "ESP", place: "Madrid", start_date: "2024-06-18" }]],
    ["was welcomed by", "Vietnamese President Tran Van Long was welcomed by Cuban officials in Havana on Sunday.", [
      { visitor: "Tran Van Long", visitor_country: "VNM", host_country: "CUB", place: "Havana" }]],
    ["the two leaders met in one's country", "Philippine President Jose Cruz and South Korean President Min Park met in Seoul on Monday.", [
      { visitor: "Jose Cruz", visitor_country: "PHL", host_country: "KOR", place: "Seoul", start_date: "2024-06-17" }]],
    ["met his counterpart in", "Danish Foreign Minister Lars Holm met his Estonian counterpart in Tallinn on Friday.", [
      { visitor: "Lars Holm", visitor_country: "DNK", host_country: "EST", place: "Tallinn", start_date: "2024-06-14" }]],
    ["headline: arrives in", "Zambian President Peter Mwale arrives in Tokyo for trade talks\n\nThe visit is his first to Asia.", [
      { visitor: "Peter Mwale", visitor_country: "ZMB", host_country: "JPN", place: "Tokyo" }]],
    ["city only", "Belgian Prime Minister Luc Peeters visited Nairobi earlier this month.", [
      { visitor: "Luc Peeters", visitor_country: "BEL", host_country: "KEN", place: "Nairobi", start_date: "2024-06" }]],
    ["envoy", "Japan's special envoy Hiroshi Tanaka travelled to Kabul last month.", [
      { visitor: "Hiroshi Tanaka", visitor_country: "JPN", host_country: "AFG", start_date: "2024-05" }]],
    ["delegation arrived", "A Chinese trade delegation arrived in Harare on Monday.", [
      { visitor: "Chinese trade delegation", visitor_country: "CHN", host_country: "ZWE", place: "Harare" }]],
    ["parliamentary delegation visited", "A Japanese parliamentary delegation visited Taiwan in April.", [
      { visitor: "Japanese parliamentary delegation", visitor_country: "JPN", host_country: "TWN", start_date: "2024-04" }]],
    ["headed a delegation", "Vietnamese Deputy Prime Minister Tran Hong Ha headed a 40-member delegation to South Africa last month.", [
      { visitor: "Tran Hong Ha", visitor_country: "VNM", host_country: "ZAF", start_date: "2024-05" }]],
    ["role as visitor", "Morocco's foreign minister visited Mauritania on Tuesday.", [
      { visitor: "Morocco's foreign minister", visitor_country: "MAR", host_country: "MRT", start_date: "2024-06-18" }]],
    ["royal: state visit", "Norway's King Olav paid a state visit to Chile in March.", [
      { visitor: "Olav", visitor_country: "NOR", host_country: "CHL", start_date: "2024-03" }]],
    ["pronoun subject, later sentence", "Canadian Prime Minister Paul Leclerc spoke on Monday. He later flew to London.", [
      { visitor: "Paul Leclerc", visitor_country: "CAN", host_country: "GBR", place: "London" }]],
    ["date from the paragraph", "Kenyan President Daniel Otieno visited Germany. The talks in Berlin on March 4 covered energy.", [
      { visitor: "Daniel Otieno", visitor_country: "KEN", host_country: "DEU", start_date: "2024-03-04" }]],
    ["no date from a later sentence about something else", "Kenyan President Daniel Otieno met investors in Berlin. While the government postponed tariffs planned for March 4, officials said little.", [
      { visitor: "Daniel Otieno", visitor_country: "KEN", host_country: "DEU", start_date: null }]],
    ["visit in a city, two mentions merged", "Indonesian President Budi Santoso arrived in Tokyo on Monday. Santoso's visit to Japan ends on Wednesday.", [
      { visitor: "Budi Santoso", visitor_country: "IDN", host_country: "JPN", place: "Tokyo", start_date: "2024-06-17" }]],
    ["is visiting this week", "Turkish Foreign Minister Emre Kaya is visiting Baghdad this week.", [
      { visitor: "Emre Kaya", visitor_country: "TUR", host_country: "IRQ", place: "Baghdad", start_date: "2024-06" }]],
    ["went to", "Ethiopian Prime Minister Abiy Tesfaye went to Djibouti last week for port talks.", [
      { visitor: "Abiy Tesfaye", visitor_country: "ETH", host_country: "DJI", start_date: "2024-06" }]],
    ["stopped in", "Australian Foreign Minister Kate Lyons stopped in Fiji on her way home.", [
      { visitor: "Kate Lyons", visitor_country: "AUS", host_country: "FJI" }]],
    ["during his visit, pronoun", "Argentine President Diego Paz met investors in New York. During his visit, he also spoke at the United Nations.", [
      { visitor: "Diego Paz", visitor_country: "ARG", host_country: "USA", place: "New York" }]],
    ["made the trip", "Hungarian Foreign Minister Peter Varga made his first trip to Beijing in April.", [
      { visitor: "Peter Varga", visitor_country: "HUN", host_country: "CHN", place: "Beijing", start_date: "2024-04" }]],
    // appositions, coordination, venues and asides
    ["role in apposition after the name", "Maria Lopez, the Spanish foreign minister, arrived in Rabat on Monday.", [
      { visitor: "Maria Lopez", visitor_country: "ESP", host_country: "MAR", place: "Rabat", start_date: "2024-06-17" }]],
    ["two ministers travel together", "Indian Foreign Minister Arjun Rao and Defence Minister Vikram Singh flew to Tokyo on Monday.", [
      { visitor: "Arjun Rao", visitor_country: "IND", host_country: "JPN", place: "Tokyo" },
      { visitor: "Vikram Singh", visitor_country: "IND", host_country: "JPN", place: "Tokyo" }]],
    ["Visiting X told reporters in", "Visiting Indian Prime Minister Ravi Menon told reporters in Tokyo that ties were strong.", [
      { visitor: "Ravi Menon", visitor_role: "Indian Prime Minister", visitor_country: "IND", host_country: "JPN", place: "Tokyo" }]],
    ["Visiting X under a dateline", "TOKYO, June 18 - Visiting Kenyan President Daniel Otieno said on Tuesday that trade would double.", [
      { visitor: "Daniel Otieno", visitor_country: "KEN", host_country: "JPN", place: "Tokyo", start_date: "2024-06-18" }]],
    ["X's <city> visit", "Ghanaian President Kofi Mensah's Washington visit ended on Friday.", [
      { visitor: "Kofi Mensah", visitor_country: "GHA", host_country: "USA", place: "Washington" }]],
    ["his <country> trip", "Kenyan President Daniel Otieno spoke warmly of his China trip in April.", [
      { visitor: "Daniel Otieno", visitor_country: "KEN", host_country: "CHN", start_date: "2024-04" }]],
    ["the trip took him to", "Indian Prime Minister Ravi Menon's first trip abroad since taking office took him to Bhutan in March.", [
      { visitor: "Ravi Menon", visitor_country: "IND", host_country: "BTN", start_date: "2024-03" }]],
    ["While in Y, X", "While in Tokyo, Indian Prime Minister Ravi Menon also met business leaders.", [
      { visitor: "Ravi Menon", visitor_country: "IND", host_country: "JPN", place: "Tokyo" }]],
    ["Upon arrival in Y, X said", "Upon arrival in Lima, Spanish King Felipe Ortiz said the ties were old.", [
      { visitor: "Felipe Ortiz", visitor_country: "ESP", host_country: "PER", place: "Lima" }]],
    ["addressed parliament in", "Indian Prime Minister Ravi Menon addressed the Japanese parliament in Tokyo on Monday.", [
      { visitor: "Ravi Menon", visitor_country: "IND", host_country: "JPN", place: "Tokyo", start_date: "2024-06-17" }]],
    ["signed a deal in", "Indian Prime Minister Ravi Menon signed a nuclear deal in Paris on Friday.", [
      { visitor: "Ravi Menon", visitor_country: "IND", host_country: "FRA", place: "Paris", start_date: "2024-06-14" }]],
    ["laid a wreath", "Indian Prime Minister Ravi Menon laid a wreath at a war memorial in Canberra on Friday.", [
      { visitor: "Ravi Menon", visitor_country: "IND", host_country: "AUS", place: "Canberra", start_date: "2024-06-14" }]],
    ["arrived at a city's airport", "Indian Prime Minister Ravi Menon arrived at Tokyo's Haneda airport on Monday.", [
      { visitor: "Ravi Menon", visitor_country: "IND", host_country: "JPN", place: "Tokyo", start_date: "2024-06-17" }]],
    ["venue: talks at the Kremlin", "Brazilian Foreign Minister Paulo Lima held talks at the Kremlin on Tuesday.", [
      { visitor: "Paulo Lima", visitor_country: "BRA", host_country: "RUS", place: "Kremlin", start_date: "2024-06-18" }]],
    ["greeted at the airport by", "Kenyan President Daniel Otieno was greeted at the airport by Japanese Foreign Minister Yoko Mori on Monday.", [
      { visitor: "Daniel Otieno", visitor_country: "KEN", host_country: "JPN", start_date: "2024-06-17" }]],
    ["at the invitation of", "At the invitation of President Lucas Prado, Angolan President Joao Neto visited Brazil in May.", [
      { visitor: "Joao Neto", visitor_country: "AGO", host_country: "BRA", start_date: "2024-05" }]],
    ["present tense, scheduled", "French President Emile Laurent arrives in Hanoi on Thursday, the first visit by a French leader in seven years.", [
      { visitor: "Emile Laurent", visitor_country: "FRA", host_country: "VNM", place: "Hanoi", start_date: "2024-06-20", status: "planned" }]],
    ["date range across months", "Turkish Foreign Minister Emre Kaya will visit Washington from June 30 to July 2.", [
      { visitor: "Emre Kaya", host_country: "USA", start_date: "2024-06-30", end_date: "2024-07-02", status: "planned" }]],
    ["date range with a dash", "Turkish Foreign Minister Emre Kaya visited Cairo on June 3-5.", [
      { visitor: "Emre Kaya", host_country: "EGY", start_date: "2024-06-03", end_date: "2024-06-05" }]],
    ["agreed to travel", "Chilean President Marta Rojas agreed to travel to Egypt in October.", [
      { visitor: "Marta Rojas", host_country: "EGY", start_date: "2024-10", status: "planned" }]],
    ["reported speech: said X would travel", "Officials in Ankara said Turkish President Selim Kaya would also travel to Kuwait later this month.", [
      { visitor: "Selim Kaya", visitor_country: "TUR", host_country: "KWT", start_date: "2024-06", status: "planned" }]],
    ["adverb inside the verb: is also in", "New Zealand's foreign minister Winston Hart is also in the Japanese capital this week.", [
      { visitor: "Winston Hart", visitor_country: "NZL", host_country: "JPN", start_date: "2024-06" }]],
    ["toured the region, stopping in", "Chinese Foreign Minister Wang Lei toured the region in February, stopping in Abu Dhabi, Muscat and Manama.", [
      { visitor: "Wang Lei", visitor_country: "CHN", host_country: "ARE", place: "Abu Dhabi", start_date: "2024-02" },
      { visitor: "Wang Lei", visitor_country: "CHN", host_country: "OMN", place: "Muscat", start_date: "2024-02" },
      { visitor: "Wang Lei", visitor_country: "CHN", host_country: "BHR", place: "Manama", start_date: "2024-02" }]],
    ["made stops in", "Japan's foreign minister made stops in Suva and Apia last year.", [
      { visitor: "Japan's foreign minister", visitor_country: "JPN", host_country: "FJI", place: "Suva", start_date: "2023" },
      { visitor: "Japan's foreign minister", visitor_country: "JPN", host_country: "WSM", place: "Apia", start_date: "2023" }]],
    ["a tour of a region, starting in", "Indian Foreign Minister Arjun Rao began a tour of East Africa on Sunday, starting in Kenya.", [
      { visitor: "Arjun Rao", visitor_country: "IND", host_country: "KEN", start_date: "2024-06-16" }]],
    ["a role held talks with a counterpart in", "North Korea's foreign minister held talks with her Russian counterpart in Moscow on Friday.", [
      { visitor: "North Korea's foreign minister", visitor_country: "PRK", host_country: "RUS", place: "Moscow", start_date: "2024-06-14" }]],
    ["a group held talks in", "U.S. negotiators held talks in Beijing last week with Chinese trade officials.", [
      { visitor: "U.S. negotiators", visitor_country: "USA", host_country: "CHN", place: "Beijing", start_date: "2024-06" }]],
    ["talks with the guest in the host's city", "Russian Foreign Minister Pavel Orlov held talks with North Korean Foreign Minister Ri Son Gyong in Moscow on Friday.", [
      { visitor: "Ri Son Gyong", visitor_country: "PRK", host_country: "RUS", place: "Moscow", start_date: "2024-06-14" }]],
    // The named leader travels for the group, as a titled one does ("led by Deputy Prime Minister X").
    ["delegation led by an untitled name", "A delegation of North Korean officials led by Choe Ryong was in Beijing this week.", [
      { visitor: "Choe Ryong", visitor_country: "PRK", host_country: "CHN", place: "Beijing" }]],
    ["travelled by train to a region", "North Korean leader Kim Chol travelled by armoured train to the Russian Far East last year.", [
      { visitor: "Kim Chol", visitor_country: "PRK", host_country: "RUS", start_date: "2023" }]],
    ["toured a factory in a regional city", "North Korean leader Kim Chol toured a fighter jet factory in Komsomolsk-on-Amur.", [
      { visitor: "Kim Chol", visitor_country: "PRK", host_country: "RUS", place: "Komsomolsk-on-Amur" }]],
    ["sentence opener before a role", "When Kenya's president touched down in Abu Dhabi last month, it was his fourth visit.", [
      { visitor: "Kenya's president", visitor_country: "KEN", host_country: "ARE", place: "Abu Dhabi", start_date: "2024-05" }]],
    ["vice-president spent a week in", "Nigeria's vice-president spent a week in Riyadh in February.", [
      { visitor: "Nigeria's vice-president", visitor_country: "NGA", host_country: "SAU", place: "Riyadh", start_date: "2024-02" }]],
    ["role in apposition before the name", "The Emirati foreign minister, Sheikh Khalid Al Nahyan, visited Nairobi and Addis Ababa in March.", [
      { visitor: "Khalid Al Nahyan", visitor_country: "ARE", host_country: "KEN", place: "Nairobi", start_date: "2024-03" },
      { visitor: "Khalid Al Nahyan", visitor_country: "ARE", host_country: "ETH", place: "Addis Ababa", start_date: "2024-03" }]],
    ["the statement's date is not the visit's", "Next month, Tanzania's President Samia Juma is expected in Doha, her office said on Tuesday.", [
      { visitor: "Samia Juma", visitor_country: "TZA", host_country: "QAT", place: "Doha", start_date: "2024-07", status: "planned" }]],
    ["flying on to a further stop", "Jordanian Foreign Minister Omar Haddad stopped in Kampala on Sunday before flying on to Kigali.", [
      { visitor: "Omar Haddad", visitor_country: "JOR", host_country: "UGA", place: "Kampala", start_date: "2024-06-16" },
      { visitor: "Omar Haddad", visitor_country: "JOR", host_country: "RWA", place: "Kigali", start_date: "2024-06-16" }]],
    ["arrived here under a dateline", "WASHINGTON, June 18 - A high-level Brazilian trade delegation arrived here today for talks on steel quotas.", [
      { visitor: "Brazilian trade delegation", visitor_country: "BRA", host_country: "USA", place: "Washington", start_date: "2024-06-19" }]],
    ["is due here", "NAIROBI, June 18 - Argentine Economy Minister Juan Sola is due here next week, an embassy spokesman said.", [
      { visitor: "Juan Sola", visitor_country: "ARG", host_country: "KEN", place: "Nairobi", status: "planned" }]],
    ["will go to", "A team of U.S. negotiators will go to Tokyo next week to prepare for the summit.", [
      { visitor: "team of U.S. negotiators", visitor_country: "USA", host_country: "JPN", place: "Tokyo", status: "planned" }]],
    ["return to a foreign country", "U.S. Trade Representative Clayton Moore is scheduled to return to Brazil in August.", [
      { visitor: "Clayton Moore", visitor_country: "USA", host_country: "BRA", start_date: "2024-08", status: "planned" }]],
    ["royal couple began a state visit", "Britain's King Edward and Queen Sophia began a state visit to Kenya on Tuesday.", [
      { visitor: "Edward", visitor_country: "GBR", host_country: "KEN", start_date: "2024-06-18" },
      { visitor: "Sophia", visitor_country: "GBR", host_country: "KEN", start_date: "2024-06-18" }]],
    ["a country will host", "Kenya will host Indian Prime Minister Ravi Menon next week.", [
      { visitor: "Ravi Menon", visitor_country: "IND", host_country: "KEN", status: "planned" }]],
    ["hosted in his capital", "Brazilian President Lucas Prado hosted Angolan President Joao Neto in his capital on Monday.", [
      { visitor: "Joao Neto", visitor_country: "AGO", host_country: "BRA", start_date: "2024-06-17" }]],
    ["X and his delegation", "Chinese Vice Premier Liu Feng and his delegation arrived in Hanoi on Monday.", [
      { visitor: "Liu Feng", visitor_country: "CHN", host_country: "VNM", place: "Hanoi", start_date: "2024-06-17" }]],
    ["visited N times", "Ghanaian President Kofi Mensah has visited China three times since 2021.", [
      { visitor: "Kofi Mensah", visitor_country: "GHA", host_country: "CHN", count: 3 }]],
    ["opening on a place", "In Tokyo, Kenyan President Daniel Otieno signed trade deals worth two billion dollars.", [
      { visitor: "Daniel Otieno", visitor_country: "KEN", host_country: "JPN", place: "Tokyo" }]],
    ["making his first trip", "Japanese Prime Minister Kenji Sato, making his first trip to China as prime minister, said ties would improve.", [
      { visitor: "Kenji Sato", visitor_country: "JPN", host_country: "CHN" }]],
    ["news conference with the host in", "Indian Prime Minister Ravi Menon held a joint news conference with Kenyan President Daniel Otieno in Nairobi on Monday.", [
      { visitor: "Ravi Menon", visitor_country: "IND", host_country: "KEN", place: "Nairobi", start_date: "2024-06-17" }]],
    ["attended a funeral in", "Kenyan President Daniel Otieno attended the funeral in Tokyo on Tuesday.", [
      { visitor: "Daniel Otieno", visitor_country: "KEN", host_country: "JPN", place: "Tokyo", start_date: "2024-06-18" }]],
    ["will attend a summit in", "Kenyan President Daniel Otieno will attend the G20 summit in New Delhi next month.", [
      { visitor: "Daniel Otieno", visitor_country: "KEN", host_country: "IND", place: "New Delhi", start_date: "2024-07", status: "planned" }]],
    ["tour took in three cities", "Kenyan President Daniel Otieno's whirlwind tour of Asia took in Seoul, Tokyo and Manila.", [
      { visitor: "Daniel Otieno", host_country: "KOR", place: "Seoul" },
      { visitor: "Daniel Otieno", host_country: "JPN", place: "Tokyo" },
      { visitor: "Daniel Otieno", host_country: "PHL", place: "Manila" }]],
    ["talks between A and B in", "Talks between Kenyan President Daniel Otieno and Japanese Prime Minister Kenji Sato in Tokyo ended on Monday.", [
      { visitor: "Daniel Otieno", visitor_country: "KEN", host_country: "JPN", place: "Tokyo" }]],
    ["a dinner for X in", "Japanese Prime Minister Kenji Sato hosted a dinner for Kenyan President Daniel Otieno in Tokyo on Monday.", [
      { visitor: "Daniel Otieno", visitor_country: "KEN", host_country: "JPN", place: "Tokyo", start_date: "2024-06-17" }]],
    ["travelled to a city, the capital", "Kenyan President Daniel Otieno travelled to Ankara, the Turkish capital, on Monday.", [
      { visitor: "Daniel Otieno", visitor_country: "KEN", host_country: "TUR", place: "Ankara", start_date: "2024-06-17" }]],
    ["X's plane landed in", "Kenyan President Daniel Otieno's plane landed in Tokyo on Monday.", [
      { visitor: "Daniel Otieno", visitor_country: "KEN", host_country: "JPN", place: "Tokyo", start_date: "2024-06-17" }]],
    ["a tour that will also take him to", "Kenyan President Daniel Otieno arrived in Seoul on Monday, the first stop on a tour that will also take him to Tokyo and Manila.", [
      { visitor: "Daniel Otieno", host_country: "KOR", place: "Seoul", start_date: "2024-06-17", status: "occurred" },
      { visitor: "Daniel Otieno", host_country: "JPN", place: "Tokyo", status: "planned" },
      { visitor: "Daniel Otieno", host_country: "PHL", place: "Manila", status: "planned" }]],
    ["headline: to visit", "Kenyan president to visit Japan next month", [
      { visitor: "Kenyan president", visitor_country: "KEN", host_country: "JPN", start_date: "2024-07", status: "planned" }]],
    // passages: the trip told over several sentences
    ["passage: arrival, then talks, one record", "Kenyan President Daniel Otieno arrived in Berlin on Monday. He held talks with German officials the next day. The visit ends on Thursday.", [
      { visitor: "Daniel Otieno", visitor_country: "KEN", host_country: "DEU", place: "Berlin", start_date: "2024-06-17" }]],
    ["passage: two stops of one tour", "Indian Foreign Minister Arjun Rao began a tour of East Africa on Sunday. He was in Nairobi on Monday and flew to Dar es Salaam on Tuesday.", [
      { visitor: "Arjun Rao", host_country: "KEN", place: "Nairobi", start_date: "2024-06-17" },
      { visitor: "Arjun Rao", host_country: "TZA", place: "Dar es Salaam", start_date: "2024-06-18" }]],
    ["passage: role later names the visitor", "Japan's foreign minister is visiting Brazil. Foreign Minister Yoko Mori arrived in Brasilia on Wednesday.", [
      { visitor: "Yoko Mori", visitor_country: "JPN", host_country: "BRA", place: "Brasilia", start_date: "2024-06-19" }]],
    ["passage: host and guest", "Vietnam welcomed Cuban President Raul Diaz on Tuesday. Diaz met Vietnamese leaders in Hanoi.", [
      { visitor: "Raul Diaz", visitor_country: "CUB", host_country: "VNM", start_date: "2024-06-18" }]],
    ["passage: visit then return visit", "Mexican President Ana Ruiz visited Canada in March. Canadian Prime Minister Paul Leclerc returned the visit in May.", [
      { visitor: "Ana Ruiz", visitor_country: "MEX", host_country: "CAN", start_date: "2024-03" },
      { visitor: "Paul Leclerc", visitor_country: "CAN", host_country: "MEX", start_date: "2024-05" }]],
    // planned
    ["is due in", "Argentine Foreign Minister Diego Paz is due in Madrid on Monday.", [
      { visitor: "Diego Paz", visitor_country: "ARG", host_country: "ESP", place: "Madrid", start_date: "2024-06-24", status: "planned" }]],
    ["upcoming visit", "Colombian President Ana Torres's upcoming visit to China will focus on trade.", [
      { visitor: "Ana Torres", visitor_country: "COL", host_country: "CHN", status: "planned" }]],
    ["planned visit", "Ministers discussed Swiss President Anna Keller's planned visit to Vietnam in September.", [
      { visitor: "Anna Keller", visitor_country: "CHE", host_country: "VNM", start_date: "2024-09", status: "planned" }]],
    ["first visit, planned by will", "Mongolian President Bat Erdene will make his first visit to India next month.", [
      { visitor: "Bat Erdene", visitor_country: "MNG", host_country: "IND", start_date: "2024-07", status: "planned" }]],
    ["will travel next week", "Austrian Chancellor Karl Huber will travel to Turkey next week.", [
      { visitor: "Karl Huber", visitor_country: "AUT", host_country: "TUR", status: "planned" }]],
    ["a visit by X to Y is expected", "A visit by Egyptian President Omar Said to Greece is expected in July.", [
      { visitor: "Omar Said", visitor_country: "EGY", host_country: "GRC", start_date: "2024-07", status: "planned" }]],
    ["is set to arrive", "Icelandic Prime Minister Bjarni Jonsson is set to arrive in Oslo on Monday.", [
      { visitor: "Bjarni Jonsson", visitor_country: "ISL", host_country: "NOR", place: "Oslo", start_date: "2024-06-24", status: "planned" }]],
    ["is to visit", "Peruvian President Elena Quispe is to visit Japan from July 3 to 5.", [
      { visitor: "Elena Quispe", visitor_country: "PER", host_country: "JPN", start_date: "2024-07-03", end_date: "2024-07-05", status: "planned" }]],
    ["accepted an invitation", "Chilean President Marta Rojas has accepted an invitation to visit Egypt in October.", [
      { visitor: "Marta Rojas", visitor_country: "CHL", host_country: "EGY", start_date: "2024-10", status: "planned" }]],
    ["will be in", "Kenyan Foreign Minister Ruth Wanjiru will be in Tokyo on Friday.", [
      { visitor: "Ruth Wanjiru", visitor_country: "KEN", host_country: "JPN", place: "Tokyo", start_date: "2024-06-21", status: "planned" }]],
    ["planned tour", "Indian Prime Minister Ravi Menon will begin a tour of Ghana and Nigeria next month.", [
      { visitor: "Ravi Menon", visitor_country: "IND", host_country: "GHA", status: "planned" },
      { visitor: "Ravi Menon", visitor_country: "IND", host_country: "NGA", status: "planned" }]],
    ["is heading to", "Swedish Trade Minister Lars Berg is heading to Hanoi later this month.", [
      { visitor: "Lars Berg", visitor_country: "SWE", host_country: "VNM", place: "Hanoi", status: "planned" }]],
    // day between subject and verb, any-noun groups, capitalised roles, accents, onward travel, "twice"
    ["weekday between subject and verb", "Chilean Mining Minister Pablo Soto, on Thursday, began a two-day visit to Peru.", [
      { visitor: "Pablo Soto", visitor_country: "CHL", host_country: "PER", start_date: "2024-06-13" }]],
    ["weekday right after the subject", "Austrian Finance Minister Eva Gruber on Monday arrived in Hanoi.", [
      { visitor: "Eva Gruber", visitor_country: "AUT", host_country: "VNM", place: "Hanoi", start_date: "2024-06-17" }]],
    ["a group of any plural noun", "Separately, a group of Kenyan avocado packers wrapped up a visit to Rotterdam on Monday.", [
      { visitor: "group of Kenyan avocado packers", visitor_country: "KEN", host_country: "NLD", place: "Rotterdam", start_date: "2024-06-17" }]],
    ["capitalised Vice-President", "A trip to Lusaka in March by Kenya's Vice-President produced a grain deal.", [
      { visitor: "Kenya's Vice-President", visitor_country: "KEN", host_country: "ZMB", start_date: "2024-03" }]],
    ["capitalised role in apposition", "Chile's Economy Secretary, Ramona Vidal Ortiz, flew to Lima on Sunday.", [
      { visitor: "Ramona Vidal Ortiz", visitor_country: "CHL", host_country: "PER", place: "Lima" }]],
    ["city written without its accents", "Spanish Trade Minister Luis Prado flew to Bogota on Tuesday.", [
      { visitor: "Luis Prado", visitor_country: "ESP", host_country: "COL", place: "Bogota" }]],
    ["city written with accents the gazetteer lacks", "Estonian Trade Minister Mari Kask toured factories in Poznań on Monday.", [
      { visitor: "Mari Kask", visitor_country: "EST", host_country: "POL", place: "Poznań" }]],
    ["a state as destination", "A group of Japanese steel executives toured iron ore mines in Western Australia's Pilbara region in May.", [
      { visitor: "group of Japanese steel executives", visitor_country: "JPN", host_country: "AUS", place: "Western Australia", start_date: "2024-05" }]],
    ["travel on to", "Irish Foreign Minister Sean Walsh is due to travel on to Nairobi on Friday.", [
      { visitor: "Sean Walsh", visitor_country: "IRL", host_country: "KEN", place: "Nairobi", start_date: "2024-06-21", status: "planned" }]],
    ["talks with a host of unknown country", "Ecuadorian President Sofia Mena held talks with Prime Minister Taro Ishida in Tokyo on Monday.", [
      { visitor: "Sofia Mena", visitor_country: "ECU", host_country: "JPN", place: "Tokyo", start_date: "2024-06-17" }]],
    ["tour which began in, took him to", "Greek Trade Minister Yannis Petrou spoke in Athens. Petrou's week-long tour, which began in Hanoi on Monday with talks with Industry Minister Lan Pham, also took him to Da Nang.", [
      { visitor: "Yannis Petrou", visitor_country: "GRC", host_country: "VNM", place: "Hanoi", start_date: "2024-06-17" }]],
    ["the visitor's delegation is the same visit", "Latvian Economy Minister Ilze Ozola arrived in Hanoi on Monday. The prime minister hosted the Latvian delegation at the government guesthouse in Hanoi.", [
      { visitor: "Ilze Ozola", visitor_country: "LVA", host_country: "VNM", place: "Hanoi", start_date: "2024-06-17" }]],
    ["a headline's role is the named visitor", "Latvian minister visits Hanoi\n\nLatvian Economy Minister Ilze Ozola arrived in Hanoi on Monday.", [
      { visitor: "Ilze Ozola", visitor_country: "LVA", host_country: "VNM", place: "Hanoi", start_date: "2024-06-17" }]],
    ["press-release place line", "Ministry of Trade\nPress release\n\nLima, 12 June 2024\n\nA Bolivian trade delegation arrived here on Monday for talks on lithium.", [
      { visitor: "Bolivian trade delegation", visitor_country: "BOL", host_country: "PER", place: "Lima" }]],
    ["sent missions to", "Chile's salmon farmers have sent two trade missions to Osaka this year.", [
      { visitor: "trade missions", visitor_country: "CHL", host_country: "JPN", place: "Osaka", count: 2 }]],
    ["a country will send a delegation", "Vietnam will send a delegation to Santiago in August.", [
      { visitor: "delegation", visitor_country: "VNM", host_country: "CHL", place: "Santiago", start_date: "2024-08", status: "planned" }]],
    ["hosted the guest's role, then the name", "Madrid, 14 June 2024\n\nThe Minister of Industry, Carmen Ruiz, hosted the Deputy Prime Minister of Morocco, Youssef Alami, for talks on Monday.", [
      { visitor: "Youssef Alami", visitor_country: "MAR", host_country: "ESP", place: "Madrid", start_date: "2024-06-17" }]],
    ["received by a host with an appositive", "Estonian Trade Minister Mari Kask was received by Sultan Haitham, the Omani ruler, in Muscat on Monday.", [
      { visitor: "Mari Kask", visitor_country: "EST", host_country: "OMN", place: "Muscat", start_date: "2024-06-17" }]],
    ["hosted his counterpart without a comma", "Ghanaian President Kofi Mensah hosted his Togolese counterpart Faure Adjo in Accra on Monday.", [
      { visitor: "Faure Adjo", visitor_country: "TGO", host_country: "GHA", place: "Accra", start_date: "2024-06-17" }]],
    ["during her stay in", "During her stay in Hanoi, Chilean Trade Minister Ana Soto signed a fruit deal.", [
      { visitor: "Ana Soto", visitor_country: "CHL", host_country: "VNM", place: "Hanoi" }]],
    ["his capitalised-region tour in", "Fijian Prime Minister Sitiveni Rabuka ended his Pacific Rim tour in Ottawa on Monday.", [
      { visitor: "Sitiveni Rabuka", visitor_country: "FJI", host_country: "CAN", place: "Ottawa", start_date: "2024-06-17" }]],
    ["X's delegation arrived", "Nepali Prime Minister Ram Thapa's delegation arrived in Dhaka on Monday.", [
      { visitor: "Ram Thapa", visitor_country: "NPL", host_country: "BGD", place: "Dhaka", start_date: "2024-06-17" }]],
    ["landed in the capital, named before", "Malaysian Trade Minister Siti Aminah held talks in Manila with local exporters. Ms Aminah, who landed in the capital on Monday night, also met bankers.", [
      { visitor: "Siti Aminah", visitor_country: "MYS", host_country: "PHL", place: "Manila", start_date: "2024-06-17" }]],
    ["leader of unsaid country leads a national delegation", "Trade Minister Ana Lopez will lead a delegation of 25 Colombian coffee exporters to Seoul in September.", [
      { visitor: "Ana Lopez", visitor_country: "COL", host_country: "KOR", place: "Seoul", start_date: "2024-09", status: "planned" }]],
    ["a tour of a region, which began in", "Kenyan President Daniel Otieno's four-nation tour of Europe, which began in Madrid on Monday, ends in Oslo.", [
      { visitor: "Daniel Otieno", visitor_country: "KEN", host_country: "ESP", place: "Madrid", start_date: "2024-06-17" }]],
    ["speaking in a foreign city", "Speaking in Jakarta on Monday, Dutch Trade Minister Anne Visser said palm oil rules would ease.", [
      { visitor: "Anne Visser", visitor_country: "NLD", host_country: "IDN", place: "Jakarta", start_date: "2024-06-17" }]],
    ["long portfolio in apposition", "Kenya's Minister of Industry, Trade and Investment, Dr Paul Kamau, arrived in Accra on Monday.", [
      { visitor: "Paul Kamau", visitor_country: "KEN", host_country: "GHA", place: "Accra", start_date: "2024-06-17" }]],
    ["headline role folds into a named visitor of unread role", "Kenya trade minister ends Ghana visit\n\nKenya's Minister of Industry, Trade and Investment, Dr Paul Kamau, ended a visit to Ghana on Friday.", [
      { visitor: "Paul Kamau", visitor_country: "KEN", host_country: "GHA", start_date: "2024-06-14" }]],
    ["a past role visit stays apart from a planned named one", "Kenya's Minister of Industry, Trade and Investment, Dr Paul Kamau, will pay a visit to Ghana. A visit to Accra by Kenya's Vice-President preceded it.", [
      { visitor: "Paul Kamau", visitor_country: "KEN", host_country: "GHA", status: "planned" },
      { visitor: "Kenya's Vice-President", visitor_country: "KEN", host_country: "GHA", status: "occurred" }]],
    ["officials from a country's ministry", "Officials from Peru's energy ministry visited Oslo in March.", [
      { visitor: "Officials from Peru's energy ministry", visitor_country: "PER", host_country: "NOR", place: "Oslo", start_date: "2024-03" }]],
    ["a 30-member delegation", "A 30-member trade delegation from Peru is touring Norway this week.", [
      { visitor: "trade delegation from Peru", visitor_country: "PER", host_country: "NOR" }]],
    ["will also stop in", "Irish Foreign Minister Sean Walsh will also stop in Doha.", [
      { visitor: "Sean Walsh", visitor_country: "IRL", host_country: "QAT", place: "Doha", status: "planned" }]],
    ["left a city after a visit", "Irish Foreign Minister Sean Walsh left Hanoi on Friday after a two-day visit.", [
      { visitor: "Sean Walsh", visitor_country: "IRL", host_country: "VNM", place: "Hanoi" }]],
    ["a month in the year named before it", "In 2021, Danish Energy Minister Jens Holm visited Japan in March.", [
      { visitor: "Jens Holm", visitor_country: "DNK", host_country: "JPN", start_date: "2021-03" }]],
    ["a year named after the day is another matter", "Danish Energy Minister Jens Holm will visit Japan on July 9 to discuss quotas for 2026.", [
      { visitor: "Jens Holm", visitor_country: "DNK", host_country: "JPN", start_date: "2024-07-09", status: "planned" }]],
    ["twice after a list of cities", "Last year Danish Energy Minister Jens Holm flew to Osaka and Nagoya twice to meet utilities.", [
      { visitor: "Jens Holm", visitor_country: "DNK", host_country: "JPN", start_date: "2023", count: 2 }]],
    // A role in apposition with commas of its own, capitalised and without an article, still describes the name before it.
    ["name, capitalised title of a country, verb", "Lena Park, Vice Minister of Energy of the Republic of Korea, visited Hanoi on Monday.", [
      { visitor: "Lena Park", visitor_country: "KOR", host_country: "VNM", place: "Hanoi", start_date: "2024-06-17" }]],
    ["name, title with a list of portfolios, act", "On Monday, Lena Park, Vice Minister of Trade, Industry and Energy of the Republic of Korea, signed the accord in Hanoi.", [
      { visitor: "Lena Park", visitor_country: "KOR", host_country: "VNM", place: "Hanoi", start_date: "2024-06-17" }]],
    ["name, an apposition with commas of its own, verb", "Hiro Sato, a senior official at the Ministry of Economy, Trade and Industry, returned from Perth last month.", [
      { visitor: "Hiro Sato", host_country: "AUS", place: "Perth", start_date: "2024-05" }]],
    ["name, Chairman of a body, arrived", "Omar Haddad, Chairman of the Jordan Chamber of Commerce, arrived in Ankara on Sunday.", [
      { visitor: "Omar Haddad", visitor_role: "Chairman of the Jordan Chamber of Commerce", host_country: "TUR", place: "Ankara", start_date: "2024-06-16" }]],
    // Two offices of one country joined by "and" are two visitors, however alike their titles.
    ["the King of X and the Queen of X", "The King of Sweden and the Queen of Sweden visited Lisbon on 3 March.", [
      { visitor: "King of Sweden", visitor_country: "SWE", host_country: "PRT", start_date: "2024-03-03" },
      { visitor: "Queen of Sweden", visitor_country: "SWE", host_country: "PRT", start_date: "2024-03-03" }]],
    ["styled royals pay a state visit over a weekday range", "His Majesty the King of Belgium and Her Majesty the Queen of the Belgians will pay a State Visit to Japan from Monday 14 to Wednesday 16 October 2024.", [
      { visitor: "King of Belgium", visitor_country: "BEL", host_country: "JPN", status: "planned", start_date: "2024-10-14" },
      { visitor: "Queen of the Belgians", visitor_country: "BEL", host_country: "JPN", status: "planned", start_date: "2024-10-14" }]],
    ["two offices told in two sentences", "The King of Sweden arrived in Lisbon on Monday. The Queen of Sweden arrived in Lisbon on Tuesday.", [
      { visitor: "King of Sweden", visitor_country: "SWE", host_country: "PRT", start_date: "2024-06-17" },
      { visitor: "Queen of Sweden", visitor_country: "SWE", host_country: "PRT", start_date: "2024-06-18" }]],
    // Visits counted since a date of the current year are that year's; since an earlier year, they span years.
    ["counted since a month of this year", "Kenyan officials have made 11 visits to Uganda since January, compared with seven in the whole of last year.", [
      { visitor: "Kenyan officials", visitor_country: "KEN", host_country: "UGA", start_date: "2024", count: 11 }]],
    ["counted since the start of the year", "Since the start of the year, 12 Kenyan trade missions have visited Uganda.", [
      { visitor: "Kenyan trade missions", visitor_country: "KEN", host_country: "UGA", start_date: "2024", count: 12 }]],
    ["counted so far this year", "Kenyan officials have made 12 visits to Uganda so far this year.", [
      { visitor: "Kenyan officials", visitor_country: "KEN", host_country: "UGA", start_date: "2024", count: 12 }]],
    ["counted since a month of an earlier year", "Chilean ministers have visited Peru nine times since March 2022.", [
      { visitor: "Chilean ministers", visitor_country: "CHL", host_country: "PER", start_date: null, count: 9 }]],
    // An adverb between a subject and its verb ("last visited", "will also visit").
    ["a role that last visited", "Malaysia's prime minister last visited China in November.", [
      { visitor: "Malaysia's prime minister", visitor_country: "MYS", host_country: "CHN", start_date: "2023-11" }]],
    ["a group that will also visit", "An Indonesian delegation will also visit Perth on July 16.", [
      { visitor: "Indonesian delegation", visitor_country: "IDN", host_country: "AUS", place: "Perth", start_date: "2024-07-16", status: "planned" }]],
    // An official text's capitalised "the Minister" is its own minister, not the prime minister named last.
    ["the Minister after a prime minister", "On 12 June, the Minister of Foreign Affairs of Chile paid an official visit to Peru. The Prime Minister of Peru is expected in Santiago next week. On 25 June, the Minister will travel to Quito.", [
      { visitor: "Minister of Foreign Affairs of Chile", visitor_country: "CHL", host_country: "PER", start_date: "2024-06-12" },
      { visitor: "Prime Minister of Peru", visitor_country: "PER", host_country: "CHL", status: "planned" },
      { visitor: "Minister of Foreign Affairs of Chile", visitor_country: "CHL", host_country: "ECU", start_date: "2024-06-25", status: "planned" }]],
    // A further stop after a clause that told no trip belongs to the person who opens the sentence.
    ["met Y and is due to travel on to", "Argentine Economy Minister Luis Paz met Brazilian officials on Tuesday and is due to travel on to Montevideo on Thursday.", [
      { visitor: "Luis Paz", visitor_country: "ARG", host_country: "URY", place: "Montevideo", start_date: "2024-06-20", status: "planned" }]],
    ["an opening phrase, met Y and will fly to", "On Monday, Chilean Trade Minister Ana Ruiz met Peruvian officials and will fly to Quito on Friday.", [
      { visitor: "Ana Ruiz", visitor_country: "CHL", host_country: "ECU", place: "Quito", status: "planned" }]],
    // A person "from" a known city is of that city's country, which lets an event abroad be a visit.
    ["a person from a city attended an event abroad", "Lucas Moreno, a cattle farmer from Rosario, attended the Sial fair in Paris in 2019.", [
      { visitor: "Lucas Moreno", visitor_country: "ARG", host_country: "FRA", place: "Paris", start_date: "2019" }]],
    // A bare role owning a visit noun refers back as a verb's subject does.
    ["the minister has made N trips", "Fiji's trade minister Ana Tora spoke on Monday. Since taking office in 2022, the minister has made four trips to Tokyo.", [
      { visitor: "Ana Tora", visitor_country: "FJI", host_country: "JPN", count: 4 }]],
    ["the minister paid a visit", "Chilean Trade Minister Ana Ruiz spoke on Monday. The minister paid a visit to Lima in May.", [
      { visitor: "Ana Ruiz", visitor_country: "CHL", host_country: "PER", start_date: "2024-05" }]],
    // A day or a week between a travel verb and its preposition.
    ["returned on a day from", "Russian Deputy Minister Ivan Petrov returned on Friday from Harbin, where he held talks.", [
      { visitor: "Ivan Petrov", visitor_country: "RUS", host_country: "CHN", place: "Harbin", start_date: "2024-06-14" }]],
    ["flew last week to", "Chilean Trade Minister Ana Ruiz flew last week to Hanoi.", [
      { visitor: "Ana Ruiz", visitor_country: "CHL", host_country: "VNM", place: "Hanoi", start_date: "2024-06" }]],
    ["pencilled in", "A state visit by Mexico's president to Canada is pencilled in for May, officials say.", [
      { visitor: "Mexico's president", visitor_country: "MEX", host_country: "CAN", status: "planned", start_date: "2025-05" }]],
    // Coming back from a trip named as a noun: the traveller is the subject of the return.
    ["returned from a trip to", "Thai Foreign Minister Somchai Dee returned from a three-day trip to Hanoi on Friday.", [
      { visitor: "Somchai Dee", visitor_country: "THA", host_country: "VNM", place: "Hanoi", status: "occurred" }]],
    ["returned home, then from a tour of", "Thailand's foreign minister returned to Bangkok on Friday from a week-long tour of Vietnam.", [
      { visitor: "Thailand's foreign minister", visitor_country: "THA", host_country: "VNM", status: "occurred" }]],
    ["a swing through a list of cities", "Malaysia's trade minister came back from a swing through Hanoi and Vientiane last week.", [
      { visitor: "Malaysia's trade minister", visitor_country: "MYS", host_country: "VNM", place: "Hanoi" },
      { visitor: "Malaysia's trade minister", visitor_country: "MYS", host_country: "LAO", place: "Vientiane" }]],
    // Group phrases: paired modifiers, a body "from" with a name of several words, a leader with the body they belong to.
    ["paired modifiers before a group's head", "A delegation of 30 Pakistani textile and food companies visited Almaty in May.", [
      { visitor: "delegation of 30 Pakistani textile and food companies", visitor_country: "PAK", host_country: "KAZ", start_date: "2024-05" }]],
    ["a group from a body named with of", "A delegation from the Chamber of Commerce of Lima visited Santiago on Monday.", [
      { visitor: "delegation from the Chamber of Commerce of Lima", visitor_country: "PER", host_country: "CHL", place: "Santiago" }]],
    ["a group from a body named with a demonym", "A 30-member delegation from the Dominican Association of Free Zones headed to Port-au-Prince in September.", [
      { visitor: "delegation from the Dominican Association of Free Zones", visitor_country: "DOM", host_country: "HTI", start_date: "2023-09" }]],
    ["a leader of a body, after the group", "A mission of Uruguayan dairy exporters, led by Lucía Ferreyra of the Chamber of Industries of Uruguay, visited São Paulo in February.", [
      { visitor: "Lucía Ferreyra", visitor_country: "URY", host_country: "BRA", place: "São Paulo", start_date: "2024-02" }]],
    // A town the gazetteer lacks, placed by the country after it.
    ["a town then its country", "Kazakh Transport Minister Nurlan Abenov met Afghan officials in Termez, Uzbekistan, on Thursday.", [
      { visitor: "Nurlan Abenov", visitor_country: "KAZ", host_country: "UZB", place: "Termez", start_date: "2024-06-13" }]],
    ["a hyphenated town then its country", "A Dominican trade delegation headed to Cap-Haïtien, Haiti, in May.", [
      { visitor: "Dominican trade delegation", visitor_country: "DOM", host_country: "HTI", place: "Cap-Haïtien", start_date: "2024-05" }]],
    // A mission one comes back from is one's own trip; an accepted invitation with a time is a plan.
    ["returned from a mission to", "Camila Rojas, Chile's Undersecretary for Trade, has just returned from a five-day mission to India.", [
      { visitor: "Camila Rojas", visitor_country: "CHL", host_country: "IND", status: "occurred" }]],
    ["accepted an invitation to make a visit", "Angolan Foreign Minister Rosa Domingos accepted an invitation to make an official visit to Lisbon in the first half of 2025.", [
      { visitor: "Rosa Domingos", visitor_country: "AGO", host_country: "PRT", place: "Lisbon", status: "planned" }]],
    // A further stop after "and is scheduled to"; "attend" an event abroad; a formal title's person.
    ["and is scheduled to leave for", "U.S. envoy Laura Whitfield met Korean officials in Seoul and is scheduled to leave for Tokyo on Friday.", [
      { visitor: "Laura Whitfield", visitor_country: "USA", host_country: "KOR", place: "Seoul" },
      { visitor: "Laura Whitfield", visitor_country: "USA", host_country: "JPN", place: "Tokyo", status: "planned", start_date: "2024-06-21", purpose: null }]],
    ["expected to attend an event in a city", "The Lao President is expected to attend the China-ASEAN Expo in Nanning next month.", [
      { visitor: "Lao President", visitor_country: "LAO", host_country: "CHN", place: "Nanning", status: "planned", start_date: "2024-07" }]],
    ["a formal title with of and for", "Spain's Secretary of State for Trade, Lucía Ortega, arrived in Santiago on Monday.", [
      { visitor: "Lucía Ortega", visitor_country: "ESP", host_country: "CHL", place: "Santiago", start_date: "2024-06-17" }]],
    ["the next leg is no purpose", "Philippine Senator Maria Abad will visit Hiroshima before returning to Manila on Saturday.", [
      { visitor: "Maria Abad", visitor_country: "PHL", host_country: "JPN", place: "Hiroshima", status: "planned", purpose: null }]],
    // A formal title told bare, with no one before it: the office as written, its country from the article's pair.
    ["a formal title with no antecedent", "India and Bangladesh agreed to expand trade.\n\nThe External Affairs Minister will be in Dhaka next week for talks, officials said.", [
      { visitor: "External Affairs Minister", visitor_country: "IND", host_country: "BGD", place: "Dhaka", status: "planned" }]],
    ["a formal title with its portfolio leads a mission", "The United States and Vietnam signed a trade deal.\n\nThe Secretary of Commerce will lead a trade mission to Hanoi in September.", [
      { visitor: "Secretary of Commerce", visitor_country: "USA", host_country: "VNM", place: "Hanoi", status: "planned", start_date: "2024-09" }]],
    ["a trip by a country's trade representative", "A trip to Hanoi by the United States Trade Representative in March opened the talks.", [
      { visitor: "United States Trade Representative", visitor_country: "USA", host_country: "VNM", place: "Hanoi", start_date: "2024-03" }]],
    ["a surname, who is in a city", "Rizal Wibisono, chairman of the Indonesian Nickel Miners Association, spoke on Monday.\n\nWibisono, who is in Shanghai for an industry conference this week, said quotas could limit output.", [
      { visitor: "Rizal Wibisono", visitor_country: "IDN", host_country: "CHN", place: "Shanghai", start_date: "2024-06" }]],
    // Hosts' own verbs: a counterpart as guest, a guest welcomed "to" a city, a leader named after the body's full name.
    ["hosted his counterpart, named by title", "Malaysia's trade minister hosted his Singapore counterpart, the Minister for Trade and Industry, in Johor Bahru on Monday.", [
      { visitor: "Minister for Trade and Industry", visitor_country: "SGP", host_country: "MYS", place: "Johor Bahru", start_date: "2024-06-17" }]],
    ["welcomed a delegation to a city", "The Ghana chamber welcomed a delegation of Nigerian manufacturers to Kumasi on Tuesday.", [
      { visitor: "delegation of Nigerian manufacturers", visitor_country: "NGA", host_country: "GHA", place: "Kumasi", start_date: "2024-06-18" }]],
    ["welcomed a body's delegation led by its president", "The Ghana chamber welcomed a delegation of the Manufacturers Association of Nigeria (MAN), led by its President, Mr Chinedu Okafor, to Kumasi on Tuesday.", [
      { visitor: "Chinedu Okafor", visitor_country: "NGA", host_country: "GHA", place: "Kumasi", start_date: "2024-06-18" }]],
    // Bodies travel too: one named after its city is of that city's country.
    ["a city's chamber leads a mission", "Dubai Chamber of Commerce will lead a trade mission of 40 companies to Mumbai in September.", [
      { visitor: "Dubai Chamber of Commerce", visitor_country: "ARE", host_country: "IND", place: "Mumbai", status: "planned", start_date: "2024-09" }]],
    ["plans to visit", "India's prime minister plans to visit Australia in November.", [
      { visitor: "India's prime minister", visitor_country: "IND", host_country: "AUS", status: "planned", start_date: "2024-11" }]],
    // A bare day of the month: past before the anchor's day, planned after it (a present tense with it is a schedule).
    ["flew on the 3rd", "Pakistani minister Ayesha Rahim flew to Beijing on the 3rd.", [
      { visitor: "Ayesha Rahim", host_country: "CHN", start_date: "2024-06-03", status: "occurred" }]],
    ["flies on the 21st", "Japanese minister Kenji Matsumura flies to Davao on the 21st to sign loan agreements.", [
      { visitor: "Kenji Matsumura", host_country: "PHL", start_date: "2024-06-21", status: "planned" }]],
    ["a delegation of investors welcomed", "Egypt welcomed a delegation of Turkish investors to Cairo on Monday.", [
      { visitor: "delegation of Turkish investors", visitor_country: "TUR", host_country: "EGY", place: "Cairo", start_date: "2024-06-17" }]],
    ["a role is on a state visit", "The Vietnamese president is on a state visit to Laos this week.", [
      { visitor: "Vietnamese president", visitor_country: "VNM", host_country: "LAO", status: "occurred" }]],
    ["reached a city", "Indian External Affairs Minister Ravi Sen reached Moscow on Monday on a five-day visit.", [
      { visitor: "Ravi Sen", visitor_country: "IND", host_country: "RUS", place: "Moscow", start_date: "2024-06-17" }]],
    // A role repeated at another time is another visit; an office naming no country joins no one else's visit.
    ["a role repeated for a later trip", "Brazilian President Ana Costa visited Cordoba in March.\n\nBrazil's president is expected to travel to Buenos Aires in July for a summit.", [
      { visitor: "Ana Costa", visitor_country: "BRA", host_country: "ARG", start_date: "2024-03", status: "occurred" },
      { visitor: "Ana Costa", visitor_country: "BRA", host_country: "ARG", place: "Buenos Aires", start_date: "2024-07", status: "planned" }]],
    ["a formal title after another visitor to the host", "India and Bangladesh agreed to expand trade. Indian chamber chairman Arun Sethi visited Dhaka last week.\n\nThe External Affairs Minister will be in Dhaka next week for talks.", [
      { visitor: "Arun Sethi", visitor_country: "IND", host_country: "BGD", status: "occurred" },
      { visitor: "External Affairs Minister", visitor_country: "IND", host_country: "BGD", status: "planned" }]],
    // British spelling of a saint's city; an object of several institutions before the city.
    ["St without a period", "Belarusian Prime Minister Ivan Hlebau will travel to St Petersburg next week.", [
      { visitor: "Ivan Hlebau", visitor_country: "BLR", host_country: "RUS", place: "St Petersburg", status: "planned" }]],
    ["institutions, then the city", "Four Peruvian senators visited the Chamber of Deputies and the Senate in Rome on Monday.", [
      { visitor: "Four Peruvian senators", visitor_country: "PER", host_country: "ITA", place: "Rome", start_date: "2024-06-17" }]],
    ["a swing by X through a list", "Nigeria and Ghana signed a border pact on Monday, and Nigeria hopes Ghana will open more crossings. The pact follows a week-long swing by Senator Ade Bello through Accra, Lomé and Cotonou earlier this month.", [
      // The article's pair gives the senator's country at Accra; he keeps it on the legs beyond the pair.
      { visitor: "Ade Bello", visitor_country: "NGA", host_country: "GHA", place: "Accra", start_date: "2024-06" },
      { visitor: "Ade Bello", visitor_country: "NGA", host_country: "TGO", place: "Lomé", start_date: "2024-06" },
      { visitor: "Ade Bello", visitor_country: "NGA", host_country: "BEN", place: "Cotonou", start_date: "2024-06" }]],
    ["he last visited", "Chile's president will pay a state visit to Lima in December. He last visited Peru in August 2023.", [
      { visitor: "Chile's president", visitor_country: "CHL", host_country: "PER", place: "Lima", start_date: "2024-12", status: "planned" },
      { visitor: "Chile's president", visitor_country: "CHL", host_country: "PER", start_date: "2023-08", status: "occurred" }]],
    ["the role previously visited", "Ghana's president is due in Abuja next week. The president previously visited Nigeria in May 2022.", [
      { visitor: "Ghana's president", visitor_country: "GHA", host_country: "NGA", place: "Abuja", start_date: "2024-06", status: "planned" },
      { visitor: "Ghana's president", visitor_country: "GHA", host_country: "NGA", start_date: "2022-05", status: "occurred" }]],
    ["a tour of a region, then its first stop", "Chilean President Marta Rojas kicked off a tour of Southeast Asia in Hanoi on Tuesday.", [
      { visitor: "Marta Rojas", visitor_country: "CHL", host_country: "VNM", place: "Hanoi", start_date: "2024-06-18" }]],
    ["a role subject, then his visit", "The Iraqi Prime Minister signed three deals during his visit to Amman on Monday.", [
      { visitor: "Iraqi Prime Minister", visitor_country: "IRQ", host_country: "JOR", place: "Amman", start_date: "2024-06-17" }]],
  ])("%s", (_shape, text, expected) => {
    expectVisits(text, expected);
  });

  describe("no visit record", () => {
    it.each<[string, string]>([
      ["cancelled", "The Kenyan president's visit to Japan was cancelled after the storm."],
      ["his visit, a plural subject", "Chinese officials said the deal was signed during his visit to Amman."],
      ["postponed his trip", "Austrian Chancellor Karl Huber postponed his trip to India."],
      ["has never visited", "Chilean President Marta Rojas has never visited China."],
      ["hypothetical would if", "Rojas said she would visit China if the dispute were settled."],
      ["could travel", "Swedish Trade Minister Lars Berg could travel to Brazil later this year, diplomats said."],
      ["invitation not accepted", "Egypt invited Peruvian President Elena Quispe to visit Cairo."],
      ["invitation extended", "Quispe has received an invitation to visit Egypt."],
      ["tourists", "Millions of foreign tourists visited Thailand last year."],
      ["students", "Chinese students visiting Australia will need a new visa from July."],
      ["own-country factory", "Ghanaian President Kofi Mensah visited a cocoa factory in Accra on Tuesday."],
      ["website", "Visitors to the ministry's website rose 20 percent in May."],
      ["sports team", "Brazil's national football team arrived in Qatar on Monday."],
      ["sports squad", "The Japanese rugby squad flew to Paris on Sunday."],
      ["home visit", "Health workers in Kenya made home visits to 4,000 families."],
      ["visa", "Indian business travellers to Canada need a visa to visit Toronto."],
      ["is considering", "Peruvian President Elena Quispe is considering a trip to Japan."],
      ["denied", "Officials denied that Quispe would travel to Japan."],
      ["hopes to", "The Philippine president hopes to visit Spain."],
      ["no date set", "Kenya has invited Indian Prime Minister Ravi Menon to visit Nairobi, but no date has been set."],
      ["called off", "Dutch Prime Minister Pieter Smit called off his visit to Morocco."],
      ["refused entry", "The Israeli government refused to let the Irish delegation visit Gaza."],
      ["has yet to visit", "Turkish President Kemal Aydin has yet to visit Greece."],
      ["a plan welcomed in a capital", "The ceasefire plan was welcomed in Cairo on Monday."],
      ["a question", "Will Chile's president go to India?"],
      ["a negated subject", "No UK Cabinet minister has visited Sri Lanka since 2019."],
      ["a city name that is a common word", "Kenyan President Daniel Otieno said the deal would split in two."],
      ["left to visit a relative", "Minister Ri Yong Sik left the meeting early to visit his mother."],
      ["a recurring meeting", "Students meet every Monday in Paris to discuss Japanese poetry."],
      ["a company's visit", "The company's visit to Japan ended on Friday."],
      ["visiting professor", "Visiting professor Anna Berg of Oslo University spoke in Accra on Monday."],
      ["hosted, no host country and no dateline", "The Minister of Industry, Carmen Ruiz, hosted the Deputy Prime Minister of Morocco, Youssef Alami, on Monday."],
      ["returned to the capital", "Kenyan Trade Minister Ruth Wanjiru spoke in Nairobi. She later returned to the capital from the coast."],
      ["speaking, resident ambassador", "Speaking in Canberra, Chilean Ambassador Rosa Pinto said exports were rising."],
      ["left own capital after a stay", "Irish Foreign Minister Sean Walsh left Dublin after a short stay at home."],
      ["own capital", "Kenyan President Daniel Otieno told reporters in Nairobi on Monday that he would not travel."],
      ["talks by phone", "Indian Prime Minister Ravi Menon held talks by phone with the Japanese prime minister."],
      ["visit denied", "The ministry denied reports that Kenyan President Daniel Otieno had visited Somalia."],
      ["wants to", "Kenyan President Daniel Otieno wants to visit Japan before the end of the year."],
      ["unlikely", "A visit to Japan by Kenyan President Daniel Otieno is unlikely this year."],
      ["fans", "Thousands of Argentine fans travelled to Madrid for the final."],
      ["video link", "Kenyan President Daniel Otieno held talks by video link with Japanese officials in Tokyo."],
      ["postponed until", "Kenyan President Daniel Otieno's visit to Tokyo has been postponed until next year."],
      ["resident ambassador", "In Washington, Russian Ambassador Ivan Sokol said talks were stalled."],
      ["opening place, own leader", "In Nairobi, Kenyan President Daniel Otieno said the deal was done."],
      ["opening place, someone's remarks", "In Moscow on Monday, Ukrainian President Petro Sydorenko's remarks were dismissed."],
      ["returned home, country unknown", "Trade Minister Paulo Reis returned to Brasilia on Friday."],
      ["here in a quote", "“We are glad to be here,” the minister said in Lima."],
      ["reported condition", "The ministry said Turkish President Selim Kaya would visit Kuwait in July if the talks succeed."],
      ["would have", "Turkish President Selim Kaya would have visited Kuwait but for the storm."],
      ["a name, then a country's possessive", "Kenyan President Daniel Otieno met Smith, Kenya's envoy, in Nairobi."],
      ["invitation accepted, dates to be agreed", "The Russian president accepted an invitation to pay a visit to Kazakhstan; the dates will be agreed through diplomatic channels."],
      ["invitation accepted for a convenient time", "Peruvian President Elena Quispe accepted an invitation to visit Japan at a mutually convenient time."],
      ["a rank told bare, with no one before it", "The Deputy Minister will travel to Lima."],
      ["ruled out", "A visit to Haiti by the Dominican president, discussed by aides earlier in the year, has been ruled out for security reasons."],
      ["mass travel", "Such deals are common: Iranian businesspeople make thousands of trips to Dubai each year."],
      ["investors welcomed", "Fahmy said Egypt welcomed Turkish investors in its industrial zones."],
      ["reached a deal", "Negotiators reached a deal in Geneva on Monday."],
      ["exports reached a country", "Chilean exports reached China in record volumes."],
      ["a swing in figures", "Chilean exporters saw a swing in prices to Peru last year."],
      ["returned from a trip, own country", "Chilean Senator Ana Soto returned from a trip to Valparaíso on Friday."],
    ])("%s", (_shape, text) => {
      expect(visits(text)).toEqual([]);
    });
  });
});
