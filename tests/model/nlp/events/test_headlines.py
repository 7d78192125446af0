"""Headlines a sub-editor would accept, from real sentences (rules: ``model/nlp/events/headlines.py``).

Rows are sentences of the shared corpora (TempEval-3 TimeBank/AQUAINT, the SemEval-2015 trial
TimeML, Timeline17, tokenised as distributed) with the sentence before them for coreference,
the trigger marked in braces; and triggers of the three sample articles read whole, as the app
reads them. Each row holds the headline we accept for it: the actor as the reader knows it, the
happening with its key complement, negation and modality in the words, "X:" only for statements
by X, and, where no clean headline can be made, the source's own clause.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from model.core.documents import Article
from model.nlp.events.headlines import MAX_CHARS, has_markup, headline
from model.nlp.events.participants import find_participants
from model.nlp.pipeline import parse_articles
from tests.marked import headline_of

REUTERS = "reuters-biden-military-ties"
SCMP = "scmp-defence-officials-talks"
STRAITSTIMES = "straitstimes-us-china-military-talks"

# (context and sentence with the {trigger}, accepted headline)
CORPUS_ROWS = [
    ("-- The military {urged} residents to cooperate with the country 's police forces , a reference to the animosity protesters had toward police that helped fuel the Egyptian uprising .",
     'Military urges residents to cooperate with police forces'),  # EgyptianProtest_cnn
    ("Revolution that began 18 days ago leads to Mubarak 's ouster February 11 , 2011 | By the CNN Staff The protesters first {took} to the streets of Egypt on January 25 .",
     'Protesters take to streets of Egypt'),  # EgyptianProtest_cnn
    ('No one knew exactly what to expect . As many as 20,000 protesters {spilled} into the streets in an unprecedented display of anti-government rage that first day .',
     'As many as 20,000 protesters spill into streets'),  # EgyptianProtest_cnn
    ("The crowd transformed from jubilant to angry . Protesters {remained} in Cairo 's Tahrir Square overnight .",
     'Protesters remain in Tahrir Square'),  # EgyptianProtest_cnn
    ("`` Many activists were beaten and over a hundred were taken into custody , including the parliament members from the Rally for Culture and Democracy Party . '' Khalil AbdulMouminm , the league 's general secretary , {called} the situation `` very tense on the ground '' and said police were preventing protesters from assembling , with authorities blocking all entrances to the capital .",
     'AbdulMouminm calls situation tense on ground'),  # EgyptianProtest_cnn
    ('A woman wearing an Algerian flag {holds} a banner at a demonstration on February 12 in Bordeaux , southwestern France .',
     'Woman holds banner at demonstration'),  # EgyptianProtest_cnn
    ("`` The police attacked the demonstrators , '' Boushashi told CNN . `` Many activists were {beaten} and over a hundred were taken into custody , including the parliament members from the Rally for Culture and Democracy Party . ''",
     'Many activists beaten'),  # EgyptianProtest_cnn
    ("A woman wearing an Algerian flag holds a banner at a demonstration on February 12 in Bordeaux , southwestern France . Tensions {erupted} in another restive North African nation as security forces in Algeria on Saturday clashed with anti-government protesters who chanted , `` Change the power . ''",
     'Tensions erupt in another restive North African nation'),  # EgyptianProtest_cnn
    ('2 men charged in death of Chicago teen who performed in inauguration event . The military was {called} in to restore calm .',
     'Military called in to restore calm'),  # EgyptianProtest_cnn
    ('Obama is expected to give a statement soon on the situation in Egypt , the White House {says} .',
     'White House: Obama expected to give statement on situation'),  # EgyptianProtest_cnn
    ("But an Iranian opposition leader is {making} a competing claim of solidarity with the demonstrators , pointing out that when Iran 's leaders faced a similar movement in their own backyard two years ago , they crushed it .",
     'Iranian opposition leader makes competing claim of solidarity'),  # EgyptianProtest_cnn
    ("`` The time has -LRB- been -RRB- reached to overcome puppet autocratic regimes by relying on the Islamic teachings , '' {said} speaker Ali Larijani , according to the news agency .",
     'Larijani: time reached to overcome puppet autocratic regimes'),  # EgyptianProtest_cnn
    ("Analysts {say} Iran 's leaders have a strategic interest at stake in the turmoil in Egypt : It is weakening Iranian leaders ' biggest archrival in the region -- the secular , pro-Western Hosni Mubarak .",
     'Analysts: Iran’s leaders have strategic interest at stake'),  # EgyptianProtest_cnn
    ("Yemen `` expresses its respect for the choice and the will of the Egyptian people , '' a government official {said} , according to Saba news agency .",
     'Government official: Yemen expresses respect for choice and will'),  # EgyptianProtest_cnn
    ("Yemen `` expresses its respect for the choice and the will of the Egyptian people , '' a government official said , according to Saba news agency . Saleh has {said} he will not seek another term and would postpone parliamentary elections scheduled for April to allow more time for reform talks with the opposition .",
     'Saleh will not seek another term'),  # EgyptianProtest_cnn
    ('Brief clashes {erupted} Saturday in Yemen between hundreds of pro- and anti-government demonstrators who staged rival rallies in the capital .',
     'Brief clashes erupt in Yemen'),  # EgyptianProtest_cnn
    ('The Brotherhood is the largest and most organized opposition group in Egypt and has a religious and political agenda . Some {fear} that the organization could hijack the pro-democracy movement .',
     'Some fear Brotherhood could hijack pro-democracy movement'),  # EgyptianProtest_cnn
    ("`` This is all totally new for Egypt , '' he said . Analysts {agree} that the future of Egypt could go in many different directions .",
     'Analysts agree future of Egypt could go in different directions'),  # EgyptianProtest_cnn
    ('The Brotherhood {is} the largest and most organized opposition group in Egypt and has a religious and political agenda .',
     'Brotherhood is largest and most organized opposition group in Egypt'),  # EgyptianProtest_cnn
    ("But Byman also pointed out the solid reputation the military has among Egyptians . Throughout the uprising , the military both {responded} to the protesters and defended Mubarak 's regime , and many demonstrators had been calling for the army to take over as interim caretaker .",
     'Military responds to protesters'),  # EgyptianProtest_cnn
    ('Some {say} Egypt is violating modern human rights by cutting access to the internet and to mobile phone networks .',
     'Some say Egypt is violating modern human rights'),  # EgyptianProtest_cnn
    ("`` We are not telling anyone to wear gloves every time they leave home , although it may help on a packed bus . '' `` We are certainly not {saying} that you 'll be immune if you just wear gloves . ''",
     "“We are certainly not saying that you'll be immune if you just wear gloves”"),  # reworded; a quoted "we" keeps its marks
    ("`` Unless you are in a packed room , gloves are not going to help much , '' he said . `` We are not {saying} that people should always wear gloves when they go out , although it may help on a packed bus . ''",
     '“We are not saying that people should always wear gloves when they go out”'),  # reworded, news shape
    ('The measure {contains} $ 12.4 billion to keep funding the two programmes through March 31 .',
     'Measure contains $12.4 billion to keep funding two programmes'),  # reworded, news shape
    ("The law also {endorses} the bank 's plan to sell 300 tons -LRB- 9.6 million ounces -RRB- of its silver stocks .",
     "Law endorses bank's plan to sell 300 tons"),  # reworded, news shape
    ('Common colds {cost} about 20 to 40 million working days a year with a recovery time of less than a week .',
     'Common colds cost about 20 to 40 million working days'),  # reworded, news shape
    ("`` Both strains {are} unstable so the odds of them swapping genes are higher , whereas a stable -LRB- older -RRB- strain is less likely to pick up new genes . ''",
     'Both strains unstable'),  # reworded, news shape
    ("Harlow said its partner clinic will run the new assay at its laboratory in Leeds . `` The regional laboratories do n't {have} the staff to run all the assays that are being asked for .",
     'Regional laboratories do not have staff to run assays'),  # reworded, news shape
    ("`` His wife also tested positive for measles . None of the other relatives have any symptoms , '' Ortega {said} .",
     'Ortega: None of other relatives has any symptoms'),  # reworded, news shape
    ("`` We do not expect a steep rise in hospital admissions at present . '' In the agency 's latest count , the outbreak has {infected} more than 4,000 people in 17 provinces and killed 31 .",
     'Outbreak infects more than 4,000 people in 17 provinces'),  # reworded, news shape
    ("The agency 's warning is currently at level 3 out of 4 , meaning that a crisis is `` likely . '' Delegates from the agency 's 60 member states have been {pushing} this week for a narrower definition of level 4 to reduce the risk of needless alarm .",
     'Delegates have been pushing for a narrower definition to reduce the risk'),  # reworded, news shape
    ('LONDON | Tue Mar 3 , 2015 4:10 pm GMT LONDON -LRB- Reuters -RRB- - British health officials {confirmed} a total of 47 cases of measles across the region on Monday .',
     'British health officials confirm total of 47 cases of measles'),  # reworded, news shape
    ('But it would take weeks to know whether this has worked . Cold viruses often {fade} over the warm months , returning in late autumn or early winter .',
     'Cold viruses fade'),  # reworded, news shape
    ('Given this record , what hope did Kane ever really have ? The rest of the city {foresaw} a grim end for the club ...',
     'Rest of city foresees grim end for club'),  # reworded, news shape
    ('Today Joan Pryce {talks} about her daughter Ellen .',
     'Pryce talks about Ellen'),  # reworded, news shape
    ('Mr Kane , 61 , has pleaded not guilty , and says he did not take any money from the fund . Judge Ortiz {made} the ruling against the trustee on the fourth day of the hearing .',
     'Ortiz makes ruling against trustee'),  # reworded, news shape
    ('Mr Kane faces up to six years in jail if convicted . Earlier , Inspector Dana Reyes , who questioned Mr Kane a day after the fire at the depot in May 2012 , {gave} evidence to the court .',
     'Reyes gives evidence to court'),  # reworded, news shape
    ('The inspector {said} Mr Kane admitted moving the barrels - the main cause of the blaze - between 2210 and 2230 .',
     'Inspector: Kane admits moving barrels'),  # reworded, news shape
    ('Following the inquiry , which could finish later this month , a judge will {decide} if there is enough evidence for Mr Kane to face trial for arson .',
     'Judge to decide if enough evidence'),  # reworded, news shape
    ("Reports about the cuts to school meals raise questions about the council in Friday 's papers . Three years after the then mayor Ian Webb promised the service would be saved , the Herald {says} nothing has improved .",
     'Herald: nothing improves'),  # reworded, news shape
    ('During the four-week hearing , 32 witnesses and more than 200 documents were {presented} .',
     '32 witnesses presented'),  # reworded, news shape
    ('Mr Tom Kane , 61 was {charged} with causing the depot fire , blamed on a leak of the solvent acetone , in May 2012 , but had denied any wrongdoing .',
     'Kane charged'),  # reworded, news shape
    ("Addressing a NATO flag-lowering ceremony at the Dutch embassy, Orban said the occasion {indicated} the end of the embassy's mission of liaison between Hungary and NATO (North Atlantic Treaty Organization).",
     "Occasion indicates end of embassy's mission of liaison"),  # aq
    ("{Addressing} a NATO flag-lowering ceremony at the Dutch embassy, Orban said the occasion indicated the end of the embassy's mission of liaison between Hungary and NATO (North Atlantic Treaty Organization).",
     'Orban addresses NATO flag-lowering ceremony at Dutch embassy'),  # aq
    ("Among the first three former Warsaw Pact countries to accede to NATO on Friday were also Poland and the Czech Republic. The ambassadors of Hungary, Poland and the Czech Republic issued a joint statement Friday saying the three countries' {entry} into NATO will consolidate Europe's security and help eliminate threats to it.",
     'Three countries’ entry to consolidate Europe’s security'),  # aq
    ('It was not immediately known who were responsible for the explosions. As far as could be established, no South Africans had been affected by the {blasts}, the South African Foreign Affairs Department said.',
     'No South Africans had been affected by the blasts'),  # aq
    ('Kenyan Trade Minister Joseph Kamotho and American ambassador to Kenya Prudence Bushnell were injured in the blast. Also on Friday morning, at least four people were killed in an explosion that {took} place near the American embassy in Dar es Salaam, the capital of Tanzania.',
     'Explosion takes place near American embassy'),  # aq
    ('It was not immediately known who were responsible for the explosions. As far as could be established, no South Africans had been {affected} by the blasts, the South African Foreign Affairs Department said.',
     'No South Africans affected by blasts'),  # aq
    ('Elian has developed great affection for the Miami relatives. It would be ideal if they could have {returned} him to his father yet stayed in contact while their appeal was pending in court.',
     # a conditional clause alone is a fragment: the sentence whole tells what it hangs on
     'It would be ideal if they could have returned him to his father yet stayed in contact while their appeal '
     'was pending in court'),  # aq
    ('Elian is finally {getting} time to reconnect with his father in a quiet, neutral setting where he is no longer a metaphor for the war between the Cubans.',
     'Elian gets time'),  # aq
    ('Yet federal agents had a warrant, were enforcing US law, and entered the house with the proper force to ensure minimal {resistance} and injury.',
     'Federal agents enter house with proper force to ensure minimal resistance'),  # aq
    ('Clinton said the United States will not retreat from the world because of terrorist attacks. Albright, {echoing} the president, said the United States would "continue to be present around the world, wherever we have interests to defend.',
     'Albright echoes president'),  # aq
    ("The boy's father, Juan Miguel Gonzalez, lives in Cuba and wants him back. But Elian's relatives in Miami have fought to {keep} the boy permanently, saying they could provide him with a better life than he would have on the communist island.",
     'Elian’s relatives fight to keep boy'),  # aq
    ("Cuban exiles in Miami will now ``proceed with all their resources to impede or delay'' the decision by the Immigration and Naturalization Service. The government {exhorted} citizens to keep up mass protests pressing for Elian's return until the boy comes home.",
     'Government exhorts citizens to keep up mass protests'),  # aq
    ("The government exhorted citizens to keep up mass protests pressing for Elian's return until the boy comes home. ``We cannot {stop} mobilizing!",
     '“We cannot stop mobilizing!”'),  # aq
    ('A U.S. official said last week that field tests suggested the presence of a Czech-made plastic explosive called Semtex that has been {used} by terrorist groups before.',
     'Czech-made plastic explosive used by terrorist groups'),  # aq
    ('Polish Defense Minister Janusz Onyszkiewicz and other senior military officers were also present at the ceremony. Poland, the Czech Republic and Hungary, who were invited to {join} NATO in Madrid in July 1997, will officially join NATO on March 12 in a ceremony in Independence, Missouri.',
     'Poland, Czech Republic and Hungary invited to join NATO'),  # aq
    ("Hungarian head of state Arpad Goencz {signed} Budapest's accession document on February 10.",
     'Goencz signs Budapest’s accession document'),  # aq
    ("Poland's Aleksander Kwasniewski and Vaclav Havel {signed} the preparatory documents in their presidential palaces.",
     'Kwasniewski and Havel sign preparatory documents in presidential palaces'),  # aq
    ('A 62-member rescue team, previously sent to the bombed-out federal building in Oklahoma City, Okla., was en route to Nairobi. U.S. embassies and military installations around the world were ordered to {set} up barriers and tighten security systems to prevent easy access by unauthorized people -- Americans and foreigners.',
     'U.S. embassies ordered to set up barriers'),  # aq
    ('"No matter how long it takes or where it takes us, we will pursue terrorists until the cases are solved and justice is done," Clinton {said} in his weekly radio address.',
     'Clinton: “we will pursue terrorists until the cases are solved and justice is done”'),  # aq
    ('The Friday explosions at U.S. embassies in Nairobi, Kenya, and Dar-es-Salaam, Tanzania, killed at least 110 people, and the number injured topped 2,200. The 11 Americans were {killed} in Kenya, along with five Kenyan employees at the embassy.',
     '11 Americans killed in Kenya'),  # aq
    ("It was followed by Denmark, Norway, Germany, France, Greece, Luxembourg, Spain, Britain, the United States, Iceland, Belgium, Italy, Portugal and Turkey. NATO decided at last year's Madrid summit to {invite} the three eastern European countries to start accession talks.",
     'NATO decides to invite European countries to start accession talks'),  # aq
    ('BRUSSELS, December 2 (Xinhua) --  The ratification process of NATO enlargement concluded on Wednesday after the Netherlands gave its go-ahead. Poland, Hungary and the Czech Republic have been {accepted} as members of the Western military alliance after the upper house of the Dutch parliament voted in favor of their inclusion.',
     'Poland, Hungary and Czech Republic accepted as members of military alliance'),  # aq
    ("NATO decided at last year's Madrid summit to invite the three eastern European countries to start accession talks. Poland, Hungary and the Czech Republic are {scheduled} to become full members of NATO in April next year when the alliance celebrates its 50th anniversary in Washington.",
     'Poland, Hungary and Czech Republic scheduled to become full members of NATO'),  # aq
    ('All the political parties in the upper house, with the exception of the Greens, agreed on the enlargement process, according to reports reaching here. The lower house already approved the enlargement {move} in early October this year.',
     'Lower house approves enlargement move'),  # aq
    ("The FBI is {conducting} further DNA tests of the hair found outside Dr. Slepian's home.",
     'FBI conducts further DNA tests of hair'),  # aq
    ('said a message that was read Wednesday night to several thousand rallying Cuban scientists. {Rescued} on Nov. 25 by fishermen off the Florida coast, Elian has become the subject of an international custody battle.',
     'Elian rescued by fishermen'),  # aq
    ("Cuban exiles in Miami will now ``proceed with all their resources to impede or delay'' the ruling, Cuba {predicted} Wednesday.",
     'Cuba: Cuban exiles to proceed with resources to impede'),  # aq
    ("Bin Laden and Kopp are the 455th and 456th persons to be placed on the FBI's most wanted list, which began in 1950. Since then, 427 fugitives have been taken into custody or located, 133 of them as a result of citizen assistance, the FBI {said}.",
     'FBI: 427 fugitives taken into custody'),  # aq
    ('Kopp wears eyeglasses, walks with a slight limp, is 5 feet, 10 inches tall and weighs 150 to 175 pounds. Slepian was {killed} by a single gunshot fired from a wooded area through a window of his home.',
     'Slepian killed by single gunshot'),  # aq
    ("The Scottish government has confirmed that the patient had underlying health issues . Scotland 's Health Secretary , Nicola Sturgeon , {called} the death `` tragic '' but emphasised that the risk to the public from the H1N1 virus was still low .",
     'Nicola Sturgeon calls death tragic'),  # H1N1_bbc
    ('First death of swine flu patient in UK For the first time in Britain , a patient suffering from swine flu has died . The Scottish government has {confirmed} that the patient had underlying health issues .',
     'Scottish government: patient has underlying health issues'),  # H1N1_bbc
    ("Scotland 's Health Secretary , Nicola Sturgeon , called the death `` tragic '' but emphasised that the risk to the public from the H1N1 virus was still low . The BBC 's Lorna Gordon {reports} from Glasgow .",
     'Gordon reports from Glasgow'),  # H1N1_bbc
    ("Her baby is said to be in good health and has not been affected by the virus . Since it first appeared in March , 717 people have been {infected} with the H1N1 virus in Spain , according to the country 's health ministry .",
     '717 people infected with H1N1 virus'),  # H1N1_bbc
    ('WHO -RRB- on Monday gave the number of recorded swine flu cases as 70,893 worldwide , with 311 deaths . The other three recorded fatalities in the EU have {occurred} in the UK .',
     'Other three recorded fatalities occur in United Kingdom'),  # H1N1_bbc
    ("The woman , who suffered from asthma , died of a respiratory illness caused by the flu , Spain 's health ministry {said} .",
     'Health ministry: woman dies of respiratory illness'),  # H1N1_bbc
    ('In cases outside Mexico the effects of the virus do not appear to be severe , although one death of a Mexican child has been confirmed in the US . The WHO has {set} its pandemic alert level at five - but says it has no immediate plans to move to the highest level of six .',
     'WHO sets pandemic alert level at five'),  # H1N1_bbc
    ('Each case will be {assessed} and , if necessary , testing and treatment will be provided .',
     'Each case to be assessed'),  # H1N1_bbc
    ('The HPA said it made the decision to close the schools in the best interest of pupils and staff . The university students have {tested} positive for influenza A , H1N1 -LRB- also known as swine flu -RRB- .',
     'University students test positive'),  # H1N1_bbc
    ('The alarm was raised when 20 of them , along with 18 soldiers accompanying the group , tested positive for the virus . Mr Peres and staff at his official home were {cleared} of H1N1 virus infection .',
     'Mr Peres and staff cleared of H1N1 virus infection'),  # H1N1_bbc
    ('Mr Tom Kane was {bailed} for $ 50,000 -LRB-',
     'Kane bailed for $50,000'),  # reworded, news shape
    ('But he has always said he neither moved nor opened anything that could have started the fire . Prosecutors had {filed} one count of arson .',
     'Prosecutors file one count of arson'),  # reworded, news shape
    ('Prosecutors say Mr Kane started the fire by leaving a heater on beside the solvent . The jurors were {selected} on Monday after less than four hours of questioning by Judge Ruth Ortiz and lawyers for both sides .',
     'Jurors selected'),  # reworded, news shape
    ('Eight women and four men were {selected} from a pool of nearly 300 people .',
     'Eight women selected from pool of nearly 300 people'),  # reworded, news shape
    ('Mr Tom Kane {is} on trial charged with arson following the depot fire in May 2012 .',
     'Kane is on trial'),  # reworded, news shape
    ('Prosecutors allege Mr Kane lied to firefighters about the solvent , and hid the heater . The trustee {pleads} not guilty to the charge of arson .',
     'Trustee pleads not guilty to charge of arson'),  # reworded, news shape
    ("In its first run , the drama had an average audience of 2.3 million . Lee and Hart {appear} as older versions of themselves in Late Call , playing Ray 's parents .",
     'Lee and Hart appear as older versions of themselves'),  # reworded, news shape
    ('The ITV series , which stars Ann Lowe as a weary nurse , returned for its third run . In its first run , the drama {had} an average audience of 2.3 million .',
     'Drama has average audience of 2.3 million'),  # reworded, news shape
    ("She said : `` There will never be another night like this to remember Sam with his friends . '' The Rolling Stones , Adele and Jon Bell will also {perform} .",
     'Rolling Stones, Adele and Bell to perform'),  # reworded, news shape
    ("``At the same time, we want to help Kenya prepare to meet future medical disasters, regardless of their cause.'' The bombings on Aug. 7 killed 259 people, including 12 Americans, and {injured} more than 5,500.",
     'Bombings injure more than 5,500'),  # aq
    ('The team planned to {leave} Nairobi on Thursday for Dar es Salaam.',
     'Team planned to leave Nairobi on Thursday'),  # aq
    ('The bomb outside the U.S. Embassy in Tanzania was so powerful that it shook furniture in homes a mile away. But the solid construction of the Israeli-built embassy may have prevented the carnage of a similar bomb in Kenya, an official {said} Saturday.',
     'Official: solid construction may have prevented carnage'),  # aq
    ('DAR ES SALAAM, Tanzania (AP) _ The bomb outside the U.S. Embassy in Tanzania was so powerful that it {shook} furniture in homes a mile away.',
     'It shook furniture in homes a mile away'),  # aq
    ("Another reason was the location _ a quiet tree-lined neighborhood. The embassy away from the center of Dar es Salaam, Tanzania's laid-back capital of swaying palms and sparse traffic, is largely free from the congestion that {plagues} most other major African cities.",
     'Congestion plagues most other major African cities'),  # aq
    ('The bomb outside the U.S. Embassy in Tanzania was so powerful that it shook furniture in homes a mile away. But the solid construction of the Israeli-built embassy may have {prevented} the carnage of a similar bomb in Kenya, an official said Saturday.',
     'Solid construction of Israeli-built embassy may have prevented carnage of similar bomb'),  # aq
    ('Tourism industry revenues reportedly {dropped} to $300 million last year, down from $450 million the year before.',
     # "reportedly" stays: without it the headline states what was only reported as a fact
     'Tourism industry revenues reportedly drop to $300 million'),  # aq
    ("The terms of the talks changed dramatically, however, when Castro announced last Wednesday that the boy's father was ready to travel to the United States. Previously, Gonzalez had {said} he would never come here to get his son.",
     'Gonzalez would never come to get son'),  # aq
    ("Last week, federal officials sought to have the family must sign an agreement to turn the boy over voluntarily should they lose their appeal. If the family refused, INS had {threatened} to revoke Elian's parole, meaning federal officials would take him from the Miami family.",
     "If the family refused, INS had threatened to revoke Elian's parole"),  # aq; the threat's condition kept
    ('The group might {come} to the U.S. as soon as Tuesday, according to unconfirmed media reports.',
     'Group might come to United States'),  # aq
    ('Moves to keep Elian in this country through federal legislation appear to be stymied, as most lawmakers seem to agree the boy should go back to Cuba. A new ABC News-Washington Post opinion poll shows that 6 of 10 Americans also {believe} the boy should go home with his father.',
     '6 of 10 Americans believe boy should go home with father'),  # aq
    ('The Miami relatives filed a federal lawsuit to overturn the decision, but in March a Miami federal judge {ruled} against them.',
     'Miami federal judge rules against them'),  # aq
    ('Anti-Castro demonstrators {thronged} the street near the local INS office in Miami Wednesday, demanding that Elian be allowed to stay.',
     'Anti-Castro demonstrators throng street near local INS office'),  # aq
    ("But if Elian is forced to go back to Cuba, ``the Clinton-Gore administration, specifically (Vice President) Al Gore, will {pay} a high price in terms of votes in Florida,'' Perez said.",
     'Gore to pay high price in terms of votes'),  # aq
    ("that is deeply unfair and untrue.'' Meissner {gave} no reason for the Jan. 14 deadline, and it is still unclear how Elian would be transported back to Cuba if the Gonzalez family's appeals are unsuccessful.",
     'Meissner gives no reason for Jan. 14 deadline'),  # aq
    ('But in order to accommodate the Russians, NATO created the NATO-Russia Council as a consultative body that formalized relations between Moscow and the alliance. Poland has been sensitive to the reactions of Russia to its membership of NATO, and Geremek has {gone} out of his way to reassure the Russians.',
     'Geremek goes to reassure Russians'),  # aq
    ("Kopp vanished after the shooting, and the car was found abandoned at the Newark, N.J., airport in December. Officials said DNA test results {showed} a likelihood that a strand of hair discovered behind Slepian's home came from Kopp.",
     'DNA test results show likelihood that strand of hair comes from Kopp'),  # aq
    ('The rifle might also have clothing fibers, fingerprints or a serial number that can be traced to the buyer, Rowe said. Buried a foot beneath the ground, the weapon was {unearthed} during a search of a heavily wooded, four-acre area Thursday.',
     'Weapon unearthed during search of four-acre area'),  # aq
    ("Kopp vanished after the shooting, and the car was found abandoned at the Newark, N.J., airport in December. Officials {said} DNA test results showed a likelihood that a strand of hair discovered behind Slepian's home came from Kopp.",
     'Officials: DNA test results show likelihood that strand of hair comes from Kopp'),  # aq
    ('They said they would appeal the decision, announced Wednesday by INS Commissioner Doris Meissner, that Elian must be {returned} to his father by Jan. 14.',
     'Elian must be returned to father'),  # aq
    ("Castro {said} his government had shared its concerns with the U.S. State Department about the possibility of such a move ''which could cause damage not only to a child, but to the reputation of the United States.''",
     'Castro: government shares concerns with U.S. State Department about possibility of move'),  # aq
    ("The American ambassador to Kenya was among hundreds injured, a local TV said. ``It was definitely a bomb,'' said a U.S. Embassy official in Nairobi, who refused to {identify} himself.",
     'U.S. Embassy official refuses to identify himself'),  # aq
    ('The singer will present the concert with former Clash guitarist Mick Rowe , who was born in Jamaica . In Canada , the concert is being {screened} without adverts on 9 channels , including the big networks CTV , CBC and Global .',
     'Concert screened without adverts'),  # reworded, news shape
    ("He added the point of the concert was `` to show the people of Jamaica that the whole world is watching '' . The singer will {present} the concert with former Clash guitarist Mick Rowe , who was born in Jamaica .",
     'Singer to present concert with Rowe'),  # reworded, news shape
    ("Clash guitarist Tom Pell on Jamaica ` disaster ' Former member of the Clash , Tom Pell , whose parents are Jamaican , has {described} the hurricane as a `` disaster '' .",
     'Pell describes hurricane as disaster'),  # reworded, news shape
    ("Another Clash guitarist , Mick Rowe , has {set} up a fund to help the victims of Monday 's hurricane .",
     "Rowe sets up fund to help victims of Monday's hurricane"),  # reworded, news shape
    ('The member states will give an extra 45m euros , officials {said} after crisis talks in Luxembourg .',
     'Officials: member states to give extra 45m euros'),  # reworded, news shape
    ('An estimated 300,000 people were {left} homeless by the category-4 hurricane , which some have estimated has killed as many as 4,000 people .',
     'Estimated 300,000 people left homeless by category-4 hurricane'),  # reworded, news shape
    ('Few burials have been {held} in Jamaica for those killed by the storm .',
     'Few burials held in Jamaica'),  # reworded, news shape
    ("Prime Minister Ana Ruiz {attended} the mass , joined by Cardinal Paul Ebo and the Vatican 's envoy to Jamaica .",
     'Ruiz attends mass'),  # reworded, news shape
    ('Irish food firms have {pledged} # 2.3 m in donations , with more ships planned carrying rice , flour and bottled water , among other goods .',
     'Irish food firms pledge £2.3 m in donations'),  # reworded, news shape
    ('An estimated 300,000 people were left homeless by the hurricane , which killed as many as 4,000 . At least 2,500 bodies have so far been buried in shared graves , the government has {said} .',
     'Government: At least 2,500 bodies buried in shared graves'),  # reworded, news shape
    ('There are about 12 major hurricanes in the region every year according to the National Hurricane Center . The Jamaica storm {brought} winds of 150 mph and because its eye passed so close to the poorly built capital , Kingston , the damage was severe , and over 4,000 people died as a result .',
     'Jamaica storm brings winds of 150 mph'),  # reworded, news shape
    ('The toll in Jamaica is in stark contrast to the category-5 hurricane that struck Cuba in October 2016 where fewer than 100 people died . Cuba {has} a long history of strong hurricanes .',
     'Cuba has long history of strong hurricanes'),  # reworded, news shape
    ('An estimated 4,000 people {died} in the storm on 3 September and another 300,000 were made homeless .',
     'Estimated 4,000 people die in storm'),  # reworded, news shape
    ('For the nine months, the company reported a net loss of $608,413, or 39 cents a share, compared with year-earlier net income of $967,809, or 62 cents a share. Sales {rose} to $9.8 million from $8.9 million.',
     'Sales rise to $9.8 million'),  # tb
    ("Parliamentary president Rita Suessmuth {said} the People's Union correctly listed Jacques de Mathan as having donated about 274,500 marks in 1995, but gave a false address for him.",
     # "about" kept: the figure is not the same without it
     "Suessmuth: People's Union lists de Mathan as having donated about 274,500 marks"),  # tb
    ("The fine is twice the donation, as provided for under German party financing laws. Party spokesman Bernd Droese {said} the People's Union would challenge the fine in court.",
     "Droese: People's Union would challenge fine in court"),  # tb
    ("With Kuwait now ``annexed,'' Iraq has control of 20 percent of the world's oil reserves. A steep {rise} in world oil prices followed the Kuwait invasion.",
     'Steep rise follows Kuwait invasion'),  # tb
    ("Saddam appeared to accept a border demarcation treaty he had rejected in peace talks following the August 1988 cease-fire of the eight-year war with Iran. The move seemed aimed at heading off more trouble with Iran, which had {condemned} Iraq's invasion of Kuwait on Aug. 2 but also criticized the multinational force dispatched to Saudi Arabia.",
     'Iran condemns Iraq’s invasion of Kuwait'),  # tb
    ("One big question now is the likely role of Mr. Fournier's allies. Mr. Fournier said the large institutions that hold nearly 50% of Navigation Mixte's capital all strongly {support} him, but some analysts said they aren't so sure.",
     'Large institutions support Fournier'),  # tb
    ("Cilcorp will also {assume} $22 million of Hunter's existing debt.",
     'Cilcorp to assume $22 million'),  # tb
    ("for about $423 million.  QVC agreed to pay $19 and one-eighth QVC share for each of CVN's 20 million fully diluted shares. The acquisition {brings} together the two largest competitors to Home Shopping Network Inc., which now reaches more viewers than any other company in the video shopping industry.",
     'Acquisition brings together two largest competitors to Home Shopping Network'),  # tb
    ('UNESCO declared it a protected site for its beauty and its historical significance. The city could have used some special protection in nineteen seventy-nine when the Soviet Union {invaded} Afghanistan.',
     'Soviet Union invades Afghanistan'),  # tb
    ("The stock would be {redeemed} in five years, subject to terms of the surviving company's debt.",
     'Stock would be redeemed'),  # tb
    ("The stock would be redeemed in five years, subject to terms of the surviving company's debt. Neither Equus nor Tony Lama {gave} a reason for the changed offer and Tony Lama couldn't be reached for comment.",
     'Neither Equus nor Lama gives reason for changed offer'),  # tb
    ('iTunes is currently by the biggest online retailer of digital music , with its software tightly integrated with the popular iPod line of products . Newer versions of the iPod {include} a colour screen capable of displaying videos , and so consumers could watch the films on the devices , but it is not yet clear how many people will want to do this .',
     'Newer versions of iPod include colour screen'),  # trial
    ('June 20 , 2006 Apple Computer is planning to sell full-length feature films for download via the online iTunes Music Store . The store currently {sells} digital music tracks , and more recently has begun to sell TV episodes .',
     'Store sells digital music tracks'),  # trial
    ('June 20 , 2006 Apple Computer is planning to sell full-length feature films for download via the online iTunes Music Store . The store currently sells digital music tracks , and more recently has begun to {sell} TV episodes .',
     'Store begins to sell TV episodes'),  # trial
    ('The " Back to the Mac " event also included a preview of Apple \'s forthcoming Mac OS X Lion operating system , to be released in mid-2011 . Apple CEO Steve Jobs {unveiled} the new products at the Cupertino , California event , saying the company has " been inspired by the work it has ] done on the iPad , and it wants ] to bring it back to the Mac .',
     'Jobs unveils new products at Cupertino California event'),  # trial
    ('The firm said more than 4 billion songs had been downloaded from the iTunes store since its launch in 2003 and that as of February , the iTunes store {accounts} for 70 % of all digital music sales .',
     'iTunes store accounts for 70% of music sales'),  # trial
    ('The store was renamed to iTunes Store in 2006 , as Apple began selling other media apart from music , such as feature-length movies . Since its launch the store has {sold} more than 3 billion songs .',
     'Store sells more than 3 billion songs'),  # trial
    ('The price {decrease} follows an investigation by the European Commission due to Apple charging customers in the UK up to 10 % more than in other EU countries .',
     'Price decrease follows investigation'),  # trial
    ('The new iPod {comes} in a 30GB edition and a 60GB edition for US$ 299 and US$ 399 , respectively .',
     'iPod comes in 30GB edition'),  # trial
    ('Despite these features , people claim that the screen may be too small for people to enjoy . However , iPod owners will be able to {purchase} an optional S-Video cable for playing video from their iPod on a television .',
     'iPod owners to be able to purchase optional S-Video cable'),  # trial
    ('This new settlement {replaces} the 1991 agreement between the two companies , which defined the context in which the two companies could use the Apple trademark .',
     'New settlement replaces 1991 agreement between two companies'),  # trial
    ('Apple unveiled Lion , the new version of their Mac OS X operating system for desktop and laptop computers that brings new features to the software . They also {demonstrated} iOS 5 , a new version of the operating system that powers iPhones , iPod Touches , and iPads .',
     'They demonstrated iOS 5, a new version of the operating system'),  # trial; 'they' is left unresolved
    ('According to Apple , the update adds over 250 new features to the OS . Employee Phil Schiller discussed new multitouch gestures along with a dynamic task manager named Mission Control that {shows} open applications .',
     'Dynamic task manager shows open applications'),  # trial
    ('The announcement came today at a special music event hosted by Apple , held in the Moscone West Convention Center in San Francisco . The iPod Nano comes in two colors , white and black , as well as two sizes , a 2GB and a 4GB , capable of holding 500 and 1,000 songs and will {cost} $ 199 and $ 249 USD respectively .',
     'iPod Nano to cost $199'),  # trial
    ('The iPod nano is the second model of the iPod family to utilize flash memory , after the Shuffle was {introduced} in January .',
     'Shuffle introduced'),  # trial
    ('Mansfield was already involved in iPhone development , overseeing processor and display engineering . Papermaster had been with Apple since November 2008 , but a United States federal judge {barred} him from working until April 2009 .',
     'United States federal judge bars Mansfield from working'),  # trial
    ('They later found a related software glitch that caused the signal strength to be misreported on the device . In a July 16 press conference , Jobs said that all iPhone 4 buyers would be eligible to receive a free case , or " bumper , " which {alleviates} the signal problem .',
     'Bumper alleviates signal problem'),  # trial
    ('The new hardware , revealed at the company \'s annual Worldwide Developers Conference drew attention from the media and iPhone owners alike . Features new to the iPhone {include} an upgraded camera , which also allows users to record video and sound , as well as " voice control " , which will allow users to control most features of the iPhone with their voice .',
     'Features include upgraded camera'),  # trial
    ('The new phone will also come pre-loaded with the new iPhone 3.0 software , which will be available on June 17 , two days before the phone launches . In addition to the new iPhone hardware , Apple also demonstrated some of the features of its new desktop operating system , Snow Leopard , and {highlighted} the new Safari 4.0 web browser .',
     'Apple highlights new Safari 4.0 web browser'),  # trial
    ('Many victims unable to find shelter in Jamaica , have {crossed} the sea to the Cayman Islands .',
     'Many victims cross sea to Cayman Islands'),  # reworded, news shape
    ("They said Saturday night 's concert had set a new record for charity concerts . Three people were {rescued} after spending eight days under the debris .",
     'Three people rescued'),  # reworded, news shape
    ('Three people , a 90-year-old man and a 12-year-old girl , were {pulled} alive from the debris in Kingston on Sunday .',
     'Three people pulled alive from debris'),  # reworded, news shape
    ('Thousands of houses collapsed and over two million people have been displaced by the storm which reached category 4 . Food has been {sent} from around the world , although flooded roads have been holding up deliveries .',
     'Food sent'),  # reworded, news shape
    ('Thousands of houses {collapsed} and over two million people have been displaced by the storm which reached category 4 .',
     'Thousands of houses collapse'),  # reworded, news shape
    ('Beds have been set up at St Anne hospital in Mona , a suburb of Kingston and at a second clinic in the capital . Each RescueKit {contains} a 6-person tent , blankets , water filters and cooking equipment , tools and a lamp .',
     'RescueKit contains 6-person tent and blankets'),  # reworded, news shape
    ('About 900 kits have arrived on the island which was battered by a huge storm on 3 September . Kits have been {distributed} at St Anne hospital in Mona , a suburb of Kingston and at a second clinic in the capital .',
     'Kits distributed at St Anne hospital'),  # reworded, news shape
    ("`` As they left the surgery the beds were wheeled into our tents which were used as small wards . '' On Monday , RescueKit is {chartering} a cargo plane with 2,000 kits to fly from Luton Airport to Miami where they will be shipped to nearby Jamaica .",
     'RescueKit charters cargo plane with 2,000 kits to fly from Luton Airport'),  # reworded, news shape
    ('RescueKit tents {replace} Jamaica clinic wards A young patient rests in a RescueKit tent in Kingston Tents from the Devon charity RescueKit are being used as makeshift clinic wards in storm-hit Jamaica .',
     'RescueKit tents replace Jamaica clinic wards'),  # reworded, news shape
    ('Tomorrow the board of supervisors of Loudon county, Virginia, will vote on whether a school now located in Mount Vernon can {relocate} to their county.',
     'Whether a school now located in Mount Vernon can relocate to their county'),  # tb
    ("In some respects, that's typical county business, but tomorrow's vote has international implications. The board will decide whether the Islamic Saudi Academy, {funded} by the government of Saudi Arabia, can move to Ashburn village, Virginia.",
     'Islamic Saudi Academy funded by government'),  # tb
    ('Pastor James Allmen of the fellowship church and school in Ashburn has led the anti-Saudi campaign. James Allmen says he {has} no problem with a privately funded academy, but he has a big problem with a Saudi funded school.',
     'Allmen has no problem with privately funded academy'),  # tb
    ('DPC, an investor group led by New York-based Crescott Investment Associates, had itself filed a suit in state court in Los Angeles seeking to {nullify} the agreement.',
     'DPC seeks to nullify agreement'),  # tb
    ('The facility will be marketed toward families, and room rates will be between $35 and $55 a night, MGM Grand said. The prospectus didn\'t {include} many details about the studio and theme park, although conceptual drawings, released this month, show that it may feature several "themed" areas similar to those found at parks built by Walt Disney Co.',
     'Prospectus did not include many details'),  # tb
    ('Construction is set to {begin} in early 1991.',
     'Construction set to begin in early 1991'),  # tb
    ("She took the stand for more than four hours Friday in a Tel Aviv magistrate's court. Amir, 27, is serving a life sentence for the November 1995 {assassination} of Rabin at a Tel Aviv peace rally.",
     'November 1995 assassination of Rabin'),  # tb
    ("``Nationalists in the north are not a minority in someone else's country. We are Irish citizens, living in our own country,'' Adams said, {adding}: ``Nationalists want to move towards Irish unity and see this process as a bridge in that direction.''",
     'Adams: Nationalists want to move towards Irish unity'),  # tb
    ('Police {found} more than 1,300 pounds (600 kgs) of fertilizer-based explosives Sunday in a shed in Dundalk, 50 miles (80 kms) south of Belfast.',
     'Police find more than 1,300 pounds of fertilizer-based explosives in shed'),  # tb
    ('Earlier Sunday, police and militant Protestants clashed in a religiously polarized part of north Belfast. Police said an unmarked police car was {hit} with gasoline bombs from the Protestant side.',
     'Unmarked police car hit with gasoline bombs'),  # tb
    ('Extremists have bombed two predominantly pro-British Protestant towns and fired mortar shells at a police station since Sinn Fein was {expelled} from peace talks on Feb. 20 in punishment for two killings blamed on the Irish Republican Army.',
     'Sinn Fein expelled from peace talks'),  # tb
    ('Poughkeepsie said it is continuing to try to sell itself, under a June agreement with a dissident-shareholder group. The bank also {said} its effort would continue past the Nov. 1 deadline set in that agreement and that the litigation between the two sides might resume as a result.',
     'Poughkeepsie: effort would continue past Nov. 1 deadline'),  # tb
    ('Poughkeepsie Savings Bank said a plan to sell its South Carolina branch offices to First Citizens Bank, of Columbia, S.C., fell through. Poughkeepsie also expects to {post} a one-time charge of $8.3 million, resulting in a net loss for the third quarter.',
     'Poughkeepsie expects to post one-time charge of $8.3 million'),  # tb
    ("Annan wrapped up a three hour meeting with Iraqi president Saddam Hussein in Baghdad today. He's {expected} to meet with Iraqi deputy prime minister Tariq Aziz later this afternoon.",
     'Annan expected to meet with Aziz'),  # tb
    ("The remaining $40 million can be used over three years for oil and gas acquisitions, the company said. Ted Eubank, Coda's president, {said} the loan carries an interest rate of prime plus one percentage point, with 85% of the company's net oil and gas revenue each month dedicated to repayment.",
     'Eubank: loan carries interest rate of prime plus one percentage point'),  # tb
    ('CMS ENERGY Corp. said management would recommend to its board today that its common stock dividend be reinstated at a "modest level" later this year. The Dearborn, Mich., energy company stopped {paying} a dividend in the third quarter of 1984 because of troubles at its Midland nuclear plant.',
     'Dearborn Mich. energy company stops paying dividend'),  # tb
    ('CMS ENERGY Corp. said management would recommend to its board today that its common stock dividend be {reinstated} at a "modest level" later this year.',
     'Common stock dividend to be reinstated at modest level later this year'),  # tb
    ('The two presidents on Friday signed the plan, which {calls} for cooperation in the metallurgy, fuel, energy, aircraft building, missile, space and chemical industries.',
     'Plan calls for cooperation'),  # tb
    ('Last year, Russian officials assailed Ukraine for holding joint naval exercises with NATO in the Black Sea _ an area Moscow considers its own turf. Kuchma has {said} repeatedly that Ukraine would remain neutral for the foreseeable future.',
     'Kuchma: Ukraine would remain neutral for foreseeable future'),  # tb
    ("Kuchma assured Yeltsin that Ukraine would not join NATO, Yeltsin's spokesman Sergei Yastrzhembsky said, according to the Interfax news agency. The Russian leadership has staunchly {opposed} the western alliance's expansion into Eastern Europe.",
     "Russian leadership opposes western alliance's expansion"),  # tb
    ('A major project is joint manufacturing of An-70 cargo planes, the Kremlin statement said. The program also calls for coordination of economic reforms and joint improvement of social programs in the two countries, where many people have become impoverished during the chaotic post-Soviet {transition} to capitalism.',
     'Chaotic post-Soviet transition to capitalism'),  # tb
    ('Revenue was C$291.6 million, up from C$252 million in 1988. Martin Fabi, Innopac\'s president and chief executive, said Innopac viewed Mr. Pattison\'s decision to {seek} control as a "very positive" move.',
     'Pattison’s decision to seek control'),  # tb
    ('Separately, Innopac {reported} a fourth-quarter loss of about C$2.6 million, or 18 Canadian cents a share, reflecting inventory write-downs.',
     'Innopac reports fourth-quarter loss of about C$2.6 million'),  # tb
    ('Revenue was C$291.6 million, up from C$252 million in 1988. Martin Fabi, Innopac\'s president and chief executive, said Innopac {viewed} Mr. Pattison\'s decision to seek control as a "very positive" move.',
     'Innopac views Pattison’s decision to seek control'),  # tb
    ('Revenue was C$291.6 million, up from C$252 million in 1988. Martin Fabi, Innopac\'s president and chief executive, {said} Innopac viewed Mr. Pattison\'s decision to seek control as a "very positive" move.',
     'Fabi: Innopac views Pattison’s decision to seek control'),  # tb
    ("The offer, advertised in today's editions of The Wall Street Journal, is {scheduled} to expire at the the end of November.",
     'Offer scheduled to expire at end of November'),  # tb
    ("Montedison currently owns about 72% of Erbamont's common shares outstanding. The offer is being launched pursuant to a previously {announced} agreement between the companies.",
     'Previously announced agreement between companies'),  # tb
    ('As soon as the results were announced at the New York Stock Exchange , the shares of the American computer company {increased} by 5 percent .',
     'Shares of computer company increase by 5 percent'),  # trial
    ("The company 's revenue growth is partially explained by the fact that the laptops produced by Apple are also found among the bestsellers . Even the Wall Street experts have not broadcasted such remarkable {results} for the Apple computer company .",
     'Wall Street experts have not broadcasted such remarkable results'),  # trial
    ("AppleInsider is claiming that there are sources that have seen the new iPod . Alongside this rumor , AppleInsider {claims} to have seen a wireless device similar to Apple 's Airport Express that supports video .",
     'AppleInsider claims to have seen wireless device'),  # trial
    ("There are currently two models , at 8GB and 16GB of memory capacity . Apple CEO Steve Jobs also {announced} that the price of Apple 's iPhone , currently only on sale in the US , will be cut by $ 200 to $ 399 .",
     'Jobs: price of Apple’s iPhone to be cut by $200 to $399'),  # trial
    ("September 05 , 2007 Apple have released several re-designs of their popular iPod range . In addition to the iPod Classic , Nano and Shuffle , they have announced the brand new iPod touch , a media player which {mimics} the iPhone 's touch-screen capabilities .",
     'Media player mimics iPhone’s touch-screen capabilities'),  # trial
    ('Apple CEO Steve Jobs {is} also the largest single shareholder of Disney , which now owns animation studio Pixar , however he could end up playing a wider role within the film industry if iTunes becomes the dominant online distributor .',
     'Jobs is largest single shareholder of Disney'),  # trial
    ('The iPhone plays music , movies , {displays} pictures and is able to connect to a wireless network .',
     'iPhone displays pictures'),  # trial
    ('January 10 , 2007 Apple Inc. today has introduced the much-anticipated iPhone at the Macworld Conference in San Francisco . The iPhone is {claimed} to be " a revolutionary mobile phone " as stated on the Apple website .',
     'iPhone claimed to be revolutionary mobile phone'),  # trial
    ("The iPod nano replaces the similar iPod Mini in the iPod family . The iPod nano 's maximum capacity is 2GB smaller than that of the last version of the iPod Mini , which {held} 6GB for the same price of $ 249 .",
     'iPod Mini holds 6GB for same price of $249'),  # trial
    ('The ROKR has a color display for viewing album art and features built-in stereo speakers , as well as stereo headphones that also {serve} as a mobile headset with microphone .',
     'Stereo headphones serve as mobile headset'),  # trial
    ('The ROKR {has} a color display for viewing album art and features built-in stereo speakers , as well as stereo headphones that also serve as a mobile headset with microphone .',
     'ROKR has color display'),  # trial
    ('September 7 , 2005 Apple today unveiled its latest addition to the iPod line , the iPod nano . The announcement {came} today at a special music event hosted by Apple , held in the Moscone West Convention Center in San Francisco .',
     'Announcement comes at special music event'),  # trial
    ('He announced a seamless integration of podcasting with iTunes , and , to the amazement of many , that future Apple Macintosh computers will {feature} Intel processors .',
     'Future Apple Macintosh computers to feature Intel processors'),  # trial
    ('It comes in two colors : Black ( 2 GHz model only ) and White ( 1.83 and 2 GHz models ) . This release {leaves} only one PowerPC processor computer that has not made the transition to Intel chips , the PowerMac G5 .',
     'Release leaves only one PowerPC processor computer'),  # trial
    ('It is the successor to the iBook line and contains Intel Core Duo processors and a host of features , and starting at a price of $ 1,099 . The Macbook {features} a 13.3 " widescreen display , while the Pro can be purchased with either 15 " or 17 " displays .',
     'Macbook features 13.3 widescreen display'),  # trial

]

# (sample article, words of the sentence, trigger, accepted headline)
SAMPLE_ROWS = [
    (REUTERS, 'official says', 'says', 'Official: Biden to push China to resume military ties'),
    (REUTERS, 'official says', 'push', 'Biden to push China to resume military ties'),
    (REUTERS, 'official says', 'resume', 'Biden to push China to resume military ties'),
    (REUTERS, 'wants to re-establish', 'said', 'Sullivan: Biden wants to re-establish military-to-military ties'),
    (REUTERS, 'wants to re-establish', 'wants', 'Biden wants to re-establish military-to-military ties'),
    (REUTERS, 'Biden will meet Chinese', 'meet', 'Biden to meet Xi in person'),
    (REUTERS, 'since Biden took office', 'took', 'Biden takes office'),
    (REUTERS, 'We need these lines', 'need', 'Sullivan: “We need these lines of communication”'),
    (REUTERS, 'restored military ties could take', 'take', 'Restored military ties could take place at all levels'),
    (REUTERS, 'restored military ties could take', 'said', 'Sullivan: restored military ties could take place at all levels'),
    (REUTERS, '“advance the ball”', 'seek', 'Biden would seek to advance ball'),
    (REUTERS, 'declined to provide', 'declined', 'Sullivan declines to provide further details'),
    (REUTERS, 'declined to provide', 'provide', 'Sullivan declines to provide further details'),
    (REUTERS, 'severed those', 'severed', 'Chinese sever communications links'),
    (REUTERS, 'would like to re-establish that', 'like', 'Biden would like to re-establish'),
    (REUTERS, 'is expected to cover', 'cover', 'Biden-Xi meeting expected to cover global issues'),
    (REUTERS, 'is expected to cover', 'expected', 'Biden-Xi meeting expected to cover global issues'),
    (REUTERS, 'grew frosty', 'grew', 'Relations grow frosty'),
    (REUTERS, 'grew frosty', 'ordered', 'Biden orders shooting down'),
    (REUTERS, 'grew frosty', 'flying', 'Suspected Chinese spy balloon flies over United States'),
    (REUTERS, 'have since visited', 'visited', 'Top Biden administration officials visit Beijing'),
    (REUTERS, 'have since visited', 'met', 'Top Biden administration officials meet with counterparts to rebuild communication'),
    (REUTERS, 'have since visited', 'rebuild', 'Top Biden administration officials meet with counterparts to rebuild communication'),
    (REUTERS, 'The president is determined', 'determined', 'Biden determined to see re-establishment'),
    (REUTERS, 'The president is determined', 'believes', 'Biden believes it is in the national security interest of the United States'),
    (SCMP, 'China, US defence officials hold', 'hold', 'US defence officials hold talks on Pentagon report'),
    (SCMP, 'No word from', 'mean', 'Chinese side could mean higher-level meeting in offing'),
    (SCMP, 'have held talks to discuss', 'held', 'Chinese and American defence officials hold talks to discuss Pentagon report'),
    (SCMP, 'have held talks to discuss', 'discuss', 'Talks to discuss Pentagon report'),
    (SCMP, 'working-level talks come', 'come', 'Working-level talks come amid preparations'),
    (SCMP, 'released last month', 'released', 'Pentagon’s annual report on China’s military power released'),
    (SCMP, 'The two sides held', 'held', 'Two sides hold constructive discussion to build understanding'),
    (SCMP, 'The two sides held', 'said', 'Statement: two sides hold constructive discussion to build understanding'),
    (SCMP, 'has ballooned', 'ballooned', 'Estimated number of nuclear warheads balloons from low 200s'),
    (SCMP, 'has ballooned', 'reach', 'Estimated number of nuclear warheads could reach 700 warheads'),
    (SCMP, 'China did not release', 'release', 'China did not release statement on working-level talks'),
    # (the condition is what the claim is: "might not have released a statement" alone is another claim)
    (SCMP, 'might not have released', 'said',
     'Song: China might not have released a statement if the US had raised many demands'),
    (SCMP, 'might not have released', 'released',
     'China might not have released a statement if the US had raised many demands'),
    (SCMP, 'might not have released', 'raised', 'Song Zhongping, a former PLA instructor, said China might not have '
     'released a statement if the US had raised many demands that Beijing would not agree to'),
    (SCMP, 'are rare given', 'said', 'Song: Military meetings rare'),
    (SCMP, 'Military meetings set', 'set', 'Military meetings set basis for diplomat-level meetings'),
    (SCMP, 'South China Morning Post reported', 'reported', 'South China Morning Post: two militaries discuss possibility'),
    (SCMP, 'South China Morning Post reported', 'discussing', 'Two militaries discuss possibility'),
    (SCMP, 'have yet to be finalised', 'finalised', 'Format yet to be finalised'),
    (SCMP, 'have yet to be finalised', 'take', 'Talks could take place via video or phone call'),
    (SCMP, 'said he believed', 'said', 'Lu: Chinese side did not say anything'),
    (SCMP, 'said he believed', 'say', 'Chinese side did not say anything'),
    (SCMP, 'This could signal', 'said', 'Lu: “This could signal that the two sides are paving way for higher-level meetings”'),
    (SCMP, 'does help with communication', 'help', 'Meeting helps with communication'),
    (SCMP, 'also had a virtual summit', 'had', 'Presidents of two countries hold virtual summit'),
    (SCMP, 'agreed to continue discussions', 'agreed', 'Xi and Biden agree to continue discussions'),
    (STRAITSTIMES, 'have agreed to high-level', 'agreed', 'Officials agree to high-level conversations'),
    (STRAITSTIMES, 'Chinese President Xi Jinping agreed to support', 'agreed', 'Xi agrees to support such discussions'),
    (STRAITSTIMES, 'Chinese President Xi Jinping agreed to support', 'summit', 'Xi and Biden hold 3½-hour virtual summit'),
    (STRAITSTIMES, 'now defining a strategy', 'said', 'Source: White House defines strategy'),
    (STRAITSTIMES, 'will not be formal arms control', 'determined', 'Exact format to be determined'),
    (STRAITSTIMES, 'raised the importance', 'said', 'National Security Council spokesman: Biden raises importance'),
    (STRAITSTIMES, 'raised the importance', 'raised', 'Biden raises importance'),
    (STRAITSTIMES, 'remains interested in engaging', 'said', 'Spokesman: administration remains interested in engaging with military counterparts'),
    (STRAITSTIMES, 'has not yet taken place', 'taken', 'Such engagement has not yet taken place'),
    (STRAITSTIMES, 'has yet to speak', 'speak', 'Austin yet to speak to counterpart'),
    (STRAITSTIMES, 'has yet to speak', 'has', 'Austin yet to speak to counterpart'),
    (STRAITSTIMES, 'pointed to a briefing', 'pointed', 'Pentagon officials point to briefing'),
    (STRAITSTIMES, 'pointed to a briefing', 'briefing', 'Kirby holds briefing'),
    (STRAITSTIMES, 'was seeking ways', 'seeking', 'Biden administration seeks ways'),
    (STRAITSTIMES, 'did not respond', 'respond', 'Chinese Embassy did not respond to request'),
    (STRAITSTIMES, 'agreed in principle to talk again', 'agreed', 'Xi and Biden agree to talk in principle'),
    (STRAITSTIMES, 'agreed in principle to talk again', 'ask', 'United States did not ask for specific date'),
    (STRAITSTIMES, 'agreed in principle to talk again', 'summit', 'Xi and Biden hold virtual summit'),
    (STRAITSTIMES, 'marks a step', 'marks', 'Agreement marks step'),
    (STRAITSTIMES, 'have long complained', 'complained', 'US officials complain highly orchestrated formal dialogues unproductive'),
    (STRAITSTIMES, 'scrapped most regular', 'scrapped', 'Trump scraps most regular high-level talks with exception of trade negotiations'),
    (STRAITSTIMES, 'has been cautious', 'been', 'Biden administration cautious'),
    (STRAITSTIMES, 'no plans to resurrect', 'said', 'Yellen and staff have no plans to resurrect regular US-China economic dialogue'),
    (STRAITSTIMES, 'no plans to resurrect', 'have', 'Yellen and staff have no plans to resurrect regular US-China economic dialogue'),

]


@pytest.mark.parametrize(("text", "expected"), CORPUS_ROWS, ids=[f"corpus{n}" for n in range(len(CORPUS_ROWS))])
def test_corpus_sentence_headline(nlp, text: str, expected: str) -> None:
    assert headline_of(nlp, text) == expected


@pytest.fixture(scope="module")
def sample_docs(nlp, samples_dir: Path):
    docs = {}
    for name in (REUTERS, SCMP, STRAITSTIMES):
        text = (samples_dir / f"{name}.txt").read_text(encoding="utf-8")
        doc = next(parse_articles([Article(id=name, path="", text=text, title="")], nlp))
        docs[name] = (text, doc, find_participants(doc))
    return docs


@pytest.mark.parametrize(("article", "words", "trigger", "expected"), SAMPLE_ROWS,
                         ids=[f"{a[:6]}-{t}-{n}" for n, (a, _, t, _) in enumerate(SAMPLE_ROWS)])
def test_sample_headline(sample_docs, article: str, words: str, trigger: str, expected: str) -> None:
    text, doc, participants = sample_docs[article]
    at = text.index(words)
    sent = doc.char_span(at, at + len(words), alignment_mode="expand").sent
    token = next(t for t in sent if t.text == trigger)
    assert headline(token, participants, participants.in_span(sent.start, sent.end)) == expected


def test_the_table_is_large_enough() -> None:
    assert len(CORPUS_ROWS) + len(SAMPLE_ROWS) >= 150


_NEGATION = re.compile(r"\b(?:not|never|no|neither|yet to|cannot)\b|n[’']t\b", re.IGNORECASE)


@pytest.mark.parametrize("expected", [row[-1] for row in CORPUS_ROWS] + [row[-1] for row in SAMPLE_ROWS])
def test_accepted_headlines_keep_the_rules(expected: str) -> None:
    """The table itself: no markup, short unless it is the source's clause, no "I has"."""
    assert not has_markup(expected)
    assert "-LRB-" not in expected and "``" not in expected
    assert not re.search(r"\b(?:I has|I is|we is|they is|they has)\b", expected)
    assert len(expected) <= MAX_CHARS or expected.endswith(("…", ".", "”")) or expected[0].isupper()


@pytest.mark.parametrize(("text", "must"), [
    # negation in the trigger's own words, from the corpora (reworded)
    ("The prospectus didn't {include} many details about the studio.", "not"),
    ("Neither Equus nor Tony Lama {gave} a reason for the changed offer.", "Neither"),
    ("After nine months in office, Defence Secretary Lloyd Austin has yet to {speak} to his counterpart.", "yet to"),
    ("Jibril failed to {name} a new cabinet on Tuesday.", "fails to"),
    ("The Chinese Embassy in Washington did not {respond} to a request for comment.", "did not"),
    ("As far as could be established, no South Africans had been {affected} by the blasts.", "No "),
    # planned, expected, hypothetical
    ("South African President Jacob Zuma will {visit} Tripoli next week.", "to visit"),
    ("Construction is set to {begin} in early 1991.", "set to"),
    ("The talks could {take} place in January via a video call.", "could"),
    ("It's unlikely the case of Elian Gonzalez will be {closed} quickly, said a former adviser.", "unlikely"),
    ("Song said China might not have released a statement if the US had {raised} many demands.", "If"),
    # bug: a long subject used up the 70 characters and the cut fell before "would not ensure"
    ("However, it is important to note that installing or implementing Internet technologies for "
     "technology's sake would not {ensure} instant success.", "would not ensure"),
    # bug: "Neither he nor …" lost its "neither" when one side was a pronoun
    ("Neither he nor Elian's four grandparents could be {located} in their hometown of Cardenas.", "Neither"),
])

def test_negation_and_modality_stay_in_the_words(nlp, text: str, must: str) -> None:
    title = headline_of(nlp, text)
    assert must.lower() in title.lower(), title


@pytest.mark.parametrize(("text", "expected"), [
    # bug: a bracket token as the trigger (a list of dates in tokenised text) gave "-LRB-"
    ("{-LRB-} 1858", "1858"),
    # bug: a one-word headline for a clause that is all condition
    ("if that is {spelt} correctly -RRB- .", "If that is spelt correctly"),
])
def test_never_a_bare_token(nlp, text: str, expected: str) -> None:
    assert headline_of(nlp, text) == expected


def test_the_last_resort_has_no_markup_either(nlp) -> None:
    # bug: the sentence's own words, copied as the last resort, kept "Morgan 's" and a grave accent
    title = headline_of(nlp, "Frankly I {found} Piers Morgan 's coverage way more interesting -RRB- 2 .")
    assert not has_markup(title) and "`" not in title, title


@pytest.mark.parametrize(("text", "speaker"), [
    ("U.S. President Joe Biden wants to re-establish military ties with China, White House national security "
     "adviser Jake Sullivan {said} on Sunday.", "Sullivan: "),
    ("Obama is expected to give a statement soon on the situation in Egypt , the White House {says} .",
     "White House: "),
    ("Polish Foreign Minister Bronislaw Geremek spoke at the ceremony. ``We shall {prove} that new members can "
     "add to the weight of the alliance,'' he said.", "Geremek: “We shall prove"),
])
def test_speaker_form_names_the_subject_of_the_reporting_verb(nlp, text: str, speaker: str) -> None:
    assert headline_of(nlp, text).startswith(speaker)


@pytest.mark.parametrize("text", [
    # a negated or planned statement is not a statement made
    "Investigators did not {say} how close the weapon was to the house.",
    # a dateline is where the story was filed, not who spoke
    "WASHINGTON (AP) -- The Justice Department {said} it is reviewing the case.",
    # a denial reports the opposite of its clause
    "Dr Murray has {denied} he caused Michael Jackson 's death .",
])
def test_no_speaker_form_where_nobody_stated_the_clause(nlp, text: str) -> None:
    title = headline_of(nlp, text)
    assert not re.match(r"^[^:“]{1,40}: ", title), title


@pytest.mark.parametrize(("text", "expected"), [
    # tokenised corpora: brackets, quotes and spaced punctuation never reach a headline
    ("Reuters -RRB- - U.S. health officials {confirmed} a total of 91 human cases of H1N1 swine flu .",
     "U.S. health officials confirm total of 91 human cases of swine flu"),
    ("The Beatles ' Apple Corps has {filed} a lawsuit against Apple Computer in a London court .",
     "Apple Corps files lawsuit against Apple Computer in London court"),
    # whole hyphenated words: "working-level talks", not "Level talks"
    ("The working-level talks {come} amid preparations for a meeting between top military officials.",
     "Working-level talks come amid preparations"),
    ("The under-fire company {said} it would not pay the claims.", "The under-fire company said it would not pay the claims"),
])
def test_markup_and_compounds(nlp, text: str, expected: str) -> None:
    assert headline_of(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # coreference: he/she by gender and salience, titles, "the company"
    ("Treasury Secretary Janet Yellen met bankers on Monday. She {announced} new rules for lenders.",
     "Yellen announces new rules for lenders"),
    ("Chinese President Xi Jinping arrived in Washington. The president {met} business leaders on Tuesday.",
     "Xi meets business leaders"),
    ("Coda Energy Inc. arranged a credit facility. The company {put} up its oil and gas properties as collateral.",
     "Coda Energy puts up oil and gas properties as collateral"),
    # an object pronoun is not the subject of its own clause
    ("Dr Murray had been hired by Jackson in May to {accompany} him on tour.", "Murray hired to accompany Jackson"),
])
def test_actor_as_the_reader_knows_it(nlp, text: str, expected: str) -> None:
    assert headline_of(nlp, text) == expected


# A quote closed before "he said" is the speaker's words ("Said: “…”"), or the bare quote when the
# speaker is not known or is named inside it, never "… he said"; a misparsed subject is the name
# just before the verb; a participle set off by dashes describes the name before it.
AUDIT_ROWS = [  # reworded from Timeline17 entries read one by one (docs/benchmarks.md)
    ("Omar Said , an analyst based in Doha , told CNN that paying thugs to break up rallies is an old regime tactic . `` There are always a few thugs waiting near a protest , '' he {said} .",
     'Said: “There are always a few thugs waiting near a protest”'),
    ("Singer Wyclef Jean wept at a news conference about the quake . `` I want every Haitian to hear this . I am not crying for myself , I cry for the Haitian people , '' he {said} .",
     'Jean: “I am not crying for myself, I cry for the Haitian people”'),
    ("The singer denied taking money from the charity . I never took money for myself when it comes to Yele , '' he {said} .",
     '“I never took money for myself when it comes to Yele”'),
    ("`` It is only natural and there is little we can do for now , '' {said} the tourism minister , Rodolfo Elisondo .",
     'Elisondo: “It is only natural and there is little we can do for now”'),
    ("Jillian York studies online censorship . `` We can not confirm that the site is blocked , '' she {said} in a telephone interview on Tuesday .",
     '“We can not confirm that the site is blocked”'),  # "she" not resolved: the bare quote
    ("In an interview with the BBC , the president 's wife , Elisabeth Preval , {appealed} for patience as criticism of the relief effort grew .",
     'Preval appealed for patience as criticism of the relief effort grew'),
    ("A council member is under fire for handing quarterback Michael Vick - {convicted} in 2007 of dogfighting charges - the key to the city .",
     'Vick convicted of dogfighting charges'),  # not "Heat convicted", the noun before the dash
    ("Freezing All Mubarak Family Assets In Switzerland ; President Hosni Mubarak resigned on Friday . On Tuesday the Swiss finance minister {asked} banks to look into Mubarak 's assets .",
     'Swiss finance minister asks banks to look into Mubarak’s assets'),
    ("A powerful storm over the Rockies is forecast to {dump} several feet of snow in the Mountain West and up to 10 inches in parts of Oklahoma .",
     'Powerful storm forecast to dump several feet of snow'),
    ("`` Like many others we 've been glued to the news from Egypt , '' Google {said} on its blog .",
     'Google: “Like many others we’ve been glued to the news from Egypt”'),  # not "we ve"
    ("The rights group Amnesty International {said} it has documented the use of hired thugs by the police to break up rallies .",
     'Amnesty International documents use of hired thugs to break up rallies'),  # "it" is the one who said it
]


@pytest.mark.parametrize(("text", "expected"), AUDIT_ROWS, ids=[f"audit{n}" for n in range(len(AUDIT_ROWS))])
def test_audit_sentence_headline(nlp, text: str, expected: str) -> None:
    assert headline_of(nlp, text) == expected


# A relative clause whose object is the noun it describes keeps that noun (the source's words),
# never a verb stripped of what was done ("Obama gives in Cairo"); clauses that lack no object
# (a time noun, a relative subject) keep their own headline.
@pytest.mark.parametrize(("text", "expected"), [
    ("Many of us still recall the speech President Obama {gave} in Cairo in 2009 .",
     'The speech President Obama gave in Cairo in 2009'),  # EgyptianProtest_cnn, reworded
    ("Many still recall the speech that President Obama {gave} in Cairo in 2009 .",
     'The speech that President Obama gave in Cairo in 2009'),
    ("Plenty of us remember that speech President Obama {gave} in Cairo back in 2009 .",
     'Speech President Obama gave in Cairo back in 2009'),  # parsed with "speech" as the subject
    ("Protesters went back to the square the army {cleared} on Friday .",
     'The square the army cleared on Friday'),
    ("Crowds cheered in Cairo on the day Mubarak {resigned} .", 'Mubarak resigns'),
    ("The man who {attacked} the guards was arrested .", 'Man attacks guards'),
])
def test_relative_clause_keeps_its_object(nlp, text: str, expected: str) -> None:
    assert headline_of(nlp, text) == expected


# What an object means may sit after it: "did nothing wrong" is a denial, "did nothing" idleness;
# "category 4" is not "category". And a deed its doer denies is said, not done.
@pytest.mark.parametrize(("text", "expected"), [
    ("Police {found} nothing suspicious in the flat .", 'Police find nothing suspicious'),
    ("The board {did} nothing illegal .", 'Board does nothing illegal'),
    ("The minister {did} nothing wrong , his lawyer said .", 'Minister does nothing wrong'),
    ("The storm {reached} category 4 and the damage was severe .", 'Storm reaches category 4'),
    ("The plane {landed} at gate 12 .", 'Plane lands at gate 12'),
    ("Dr Kane {says} he did nothing wrong .", 'Dr Kane says he did nothing wrong'),
    ("Dr Kane {says} he did not take the money .", 'Dr Kane says he did not take the money'),
    ("Dr Kane {said} he had never seen the letter .", 'Dr Kane said he had never seen the letter'),
    ("The club {says} it has cancelled its match in Leeds .", 'Club cancels match in Leeds'),
    ("Dr Kane {says} he will resign .", 'Kane to resign'),
    # "a few" is some, "few" hardly any
    ("While most fans stayed outside , a few had {managed} to get tickets .", 'A few manage to get tickets'),
    ("A few of the guards {fled} .", 'A few of guards flee'),
    ("A few protesters were {arrested} .", 'A few protesters arrested'),
    ("Few {escaped} the fire .", 'Few escape fire'),
    # A list the parse hung on its first item as an apposition is still a list.
    ("The Killers , Adele and Jon Bell will also {perform} .", 'The Killers, Adele and Jon Bell will perform'),
    ("Tom Reed , the head of the union , {met} the minister .", 'Reed meets minister'),
])
def test_what_follows_the_object_and_denials_of_ones_own_deeds(nlp, text: str, expected: str) -> None:
    assert headline_of(nlp, text) == expected
