"""Words too common to search by, per language.

They are dropped from page text and from queries alike, so "hoito ja kuntoutus" asks for
the two content words instead of demanding that a page also contains "ja". The lists hold
conjunctions, pronouns, auxiliaries and adpositions only: a content word never belongs here.
"""

STOPWORDS: dict[str, frozenset[str]] = {
    "fi": frozenset(
        """
        ja sekä tai eli mutta vaan kuin kun jos että jotta vaikka koska kuitenkin myös
        on ovat oli olivat ole olla ollut olleet olen olet olemme olette ei eivät en et emme
        se ne sen niiden sitä niitä siitä niistä siihen niihin sillä niillä tämä nämä tämän
        näiden tätä näitä tässä näissä tuo nuo hän he hänen heidän minä sinä me te joka jotka
        jonka joiden jota joita jossa joissa mikä mitkä mitä miten missä mihin mistä kuka
        ovatko onko voi voivat kanssa mukaan myös vain jo nyt sitten niin näin sen
        """.split()
    ),
    "sv": frozenset(
        """
        och eller men utan att som om när då så för till från med av på i ur vid över under
        mot efter innan hos kring genom är var vara varit blir blev bli har hade ha haft kan
        kunde ska skulle vill ville får fick inte ej den det de dem denna detta dessa han hon
        hen vi ni jag du sig sin sitt sina deras dess hans hennes vår vårt våra er ert era
        en ett man vad vem vilken vilket vilka där här hur också bara redan nu sedan än
        """.split()
    ),
    "en": frozenset(
        """
        a an the and or but nor so yet if then than that this these those it its they them
        their there here is are was were be been being am do does did has have had having
        of to in on at by for from with without into onto over under about as not no can
        could will would shall should may might must i you he she we who whom which what
        when where how also only just
        """.split()
    ),
}
