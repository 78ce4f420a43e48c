"""The search benchmark's query set: Finnish and Swedish queries over the demo content.

Written by the team from the demo pages' text (cms/demo): inflected forms and plurals
the pages do not use verbatim, consonant gradation (asiakas/asiakkaan, luottamus/
luottamuksen), parts of compounds (hoito in korvaushoito, grupp in arbetsgrupperna),
Swedish definite and plural forms. Each query lists every page of its language that is
about the word: a page containing it in any form or as part of a compound. Any other
page in the results counts as unrelated. The lists were checked against the page texts.
"""

# Demo pages by short name → slug (the slugs of cms/demo, per language).
FI = {
    "home": "home",
    "tietoa": "tietoa-palvelusta",
    "saav": "saavutettavuusseloste",
    "ohjeet": "ohjeet",
    "koke": "kokemusasiantuntijat-kehittajina",
    "arvio": "arvio",
    "kiire": "kiireeton-kohtaaminen-korvaushoidossa",
    "nuori": "nuoren-polku-omaan-kotiin",
    "amm": "ammattilaisen-osallisuus",
    "paja": "tyopajan-satoa",
}
SV = {
    "home": "home-1",
    "om": "om-tjansten",
    "till": "tillganglighetsutlatande",
    "anv": "anvisningar",
    "erf": "erfarenhetsexperter-som-utvecklare",
    "yrk": "yrkesverksammas-delaktighet",
}

_FINNISH = """
korvaushoito: tietoa kiire amm
korvaushoidossa: tietoa kiire amm
korvaushoitoon: tietoa kiire amm
hoito: tietoa kiire amm
hoidon: tietoa kiire amm
hoitopaikka: kiire
asiakas: tietoa koke arvio kiire amm paja
asiakkaan: tietoa koke arvio kiire amm paja
asiakkaille: tietoa koke arvio kiire amm paja
asiakkaiden: tietoa koke arvio kiire amm paja
asunnottomuus: tietoa koke arvio nuori
asunnottomuuden: tietoa koke arvio nuori
asunnottomuutta: tietoa koke arvio nuori
asunnottomuustyö: koke arvio
kokemusasiantuntija: koke arvio paja
kokemusasiantuntijoiden: koke arvio paja
kokemusasiantuntijoille: koke arvio paja
asiantuntija: koke arvio paja
asiantuntijat: koke arvio paja
kokemus: koke arvio paja
kehittäjä: koke arvio
kehittäjinä: koke arvio
kehittäminen: koke kiire tietoa
kehittämisessä: koke kiire tietoa
luottamus: koke kiire amm
luottamuksen: koke kiire amm
luottamusta: koke kiire amm
työryhmä: koke arvio
työryhmissä: koke arvio
työryhmien: koke arvio
ryhmä: koke arvio tietoa
ryhmät: koke arvio tietoa
työntekijä: koke arvio kiire nuori amm paja
työntekijöiden: koke arvio kiire nuori amm paja
työntekijöille: koke arvio kiire nuori amm paja
jälkihuolto: arvio nuori
jälkihuollossa: arvio nuori
jälkihuollon: arvio nuori
huolto: arvio nuori
sijaishuolto: nuori
sijaishuollon: nuori
lastensuojelu: nuori
lastensuojelussa: nuori
suojelu: nuori
nuori: arvio nuori
nuorten: arvio nuori
nuorille: arvio nuori
nuoret: arvio nuori
muutto: arvio nuori
muuton: arvio nuori
asunto: arvio
asunnon: arvio
koti: nuori koke
kodit: nuori koke
kotiin: nuori koke
aikuissosiaalityö: arvio nuori
sosiaalityö: arvio nuori
sosiaalityöntekijä: nuori
päihdepalvelu: arvio
päihdepalveluissa: arvio
palvelu: home tietoa saav ohjeet koke arvio nuori amm
palveluiden: home tietoa saav ohjeet koke arvio nuori amm
kynnys: kiire
matalan kynnyksen: kiire
kokous: kiire amm koke
kokouksessa: kiire amm koke
kiertävä kokous: kiire amm
terveysasema: kiire amm
terveysasemalla: kiire amm
asema: kiire amm
lääke: kiire
lääkkeet: kiire
tila: saav koke kiire amm
tilat: saav koke kiire amm
saavutettavuus: saav
saavutettavuudesta: saav
saavutettavuusseloste: saav
seloste: saav
lomake: saav
lomakkeet: saav
ongelma: saav
ongelmat: saav
palaute: home tietoa saav arvio paja
palautteen: home tietoa saav arvio paja
palautteita: home tietoa saav arvio paja
kysely: arvio
kyselyt: arvio
yksityisyys: tietoa
yksityisyyden: tietoa
osallisuus: home ohjeet arvio amm
osallisuuden: home ohjeet arvio amm
osallisuudesta: home ohjeet arvio amm
osallisuustyö: home ohjeet
toimintamalli: home ohjeet amm
toimintamallien: home ohjeet amm
malli: koke arvio home ohjeet amm
tavoite: saav amm paja
tavoitteiden: saav amm paja
työpaja: paja
työpajassa: paja
teema: paja
teemat: paja
toive: paja
toiveet: paja
rohkeus: paja
vastaus: tietoa paja
vastaukset: tietoa paja
ohjaaja: kiire nuori amm
ohjaajan: kiire nuori amm
tapaaminen: amm nuori
tapaamiset: amm nuori
hyvinvointialue: nuori
hyvinvointialueella: nuori
alue: nuori arvio
vertaistuki: koke
tuki: koke kiire nuori amm
tukea: koke kiire nuori amm
yhdistys: kiire amm
hanke: koke arvio kiire
hankkeessa: koke arvio kiire
koordinaattori: koke arvio
koordinaattorin: koke arvio
lupaava käytäntö: arvio
käytäntö: koke arvio kiire amm
käytännöt: koke arvio kiire amm
juurtuminen: arvio
juurtumisen: arvio
siirtymä: arvio nuori
siirtymässä: arvio nuori
kohtaaminen: kiire amm
kohtaamisen: kiire amm
sosiaalipalvelut: koke arvio
ammattilainen: tietoa koke arvio kiire nuori amm
ammattilaisten: tietoa koke arvio kiire nuori amm
arviointi: paja amm
arviointiraportti: amm
"""

_SWEDISH = """
substitutionsbehandling: om yrk
substitutionsbehandlingen: om yrk
behandling: om yrk
behandlingen: om yrk
bostadslöshet: om erf
bostadslösheten: om erf
erfarenhetsexpert: erf
erfarenhetsexperten: erf
erfarenhetsexperterna: erf
expert: erf
experter: erf
erfarenhet: om erf
erfarenheter: om erf
arbetsgrupp: erf
arbetsgrupperna: erf
arbetsgrupper: erf
arbetsgruppen: erf
grupp: erf om
grupperna: erf om
klient: om erf yrk
klienten: om erf yrk
klienterna: om erf yrk
klienternas: om erf yrk
delaktighet: home anv yrk
delaktigheten: home anv yrk
tjänst: home om till anv erf yrk
tjänsterna: home om till anv erf yrk
tjänstens: home om till anv erf yrk
tillgänglighet: till
tillgängligheten: till
tillgänglighetsutlåtande: till
utlåtandet: till
formulär: till
formulären: till
problem: till
problemet: till
respons: home om till
responsen: home om till
utvecklare: erf
utvecklarna: erf
utvecklingsarbete: erf
utvecklingsarbetet: erf
möte: yrk erf
mötet: yrk erf
möten: yrk erf
hälsostation: yrk
hälsostationen: yrk
station: yrk
förtroende: yrk
förtroendet: yrk
handledare: yrk
handledaren: yrk
stödförening: yrk
föreningen: yrk
koordinator: erf
koordinatorn: erf
kamratstöd: erf
stöd: erf yrk
yrkesverksamma: om erf yrk
yrkesverksammas: om erf yrk
anställd: erf yrk
anställda: erf yrk
modell: erf home anv yrk
modellen: erf home anv yrk
verksamhetsmodell: home anv yrk
verksamhetsmodellerna: home anv yrk
anvisning: home anv
anvisningarna: home anv
hem: erf
hemmet: erf
projekt: erf
projektet: erf
program: erf
programmen: erf
praktik: erf
praxis: yrk
integritet: om
integriteten: om
användare: om anv erf
användarna: om anv erf
socialtjänst: erf
socialtjänsten: erf
hälsovård: erf
vård: erf
arbete: home om erf yrk
arbetet: home om erf yrk
situation: erf
situationen: erf
förmåga: erf
förmågan: erf
chef: erf
cheferna: erf
"""


def _parse(text: str, language: str, slugs: dict) -> list[tuple[str, str, frozenset[str]]]:
    queries = []
    for line in text.strip().splitlines():
        query, pages = line.split(":")
        queries.append((language, query.strip(), frozenset(slugs[p] for p in pages.split())))
    return queries


# (language, query, slugs of the pages it must find)
QUERIES = _parse(_FINNISH, "fi", FI) + _parse(_SWEDISH, "sv", SV)
