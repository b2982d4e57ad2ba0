extension StopWords {
    /// Lemmas, and the surface forms Voikko reads otherwise than meant ("kuin" is also a form of
    /// "kuu", "paljon" of "paljo"). Pronouns, conjunctions and adpositions are also dropped by
    /// Voikko's word class, so their many inflected forms need not be listed.
    static let finnish: Set<String> = [
        // conjunctions
        "ja", "tai", "sekä", "eli", "että", "mutta", "vaan", "kuin", "jos", "kun", "koska", "vaikka", "jotta",
        "ettei", "mikäli", "kunnes", "sillä", "joten", "vai", "eikä",
        // olla, ei, voida and their common forms
        "olla", "olen", "olet", "on", "olemme", "olette", "ovat", "oli", "olin", "olit", "olimme", "olitte", "olivat",
        "ole", "olisi", "olisin", "olisivat", "ollut", "olleet", "ollaan", "oltu", "olisiko", "onko", "oliko",
        "ei", "en", "et", "emme", "ette", "eivät", "eikö", "voida", "voi", "voisi", "voisin", "voin", "voisivat",
        // pronouns
        "minä", "sinä", "hän", "me", "te", "he", "se", "ne", "tämä", "nämä", "tuo", "nuo", "joka", "jotka",
        "mikä", "mitkä", "kuka", "ken", "itse", "jokin", "joku", "mikään", "kukaan", "kaikki", "muu", "sama",
        "minun", "sinun", "hänen", "meidän", "teidän", "heidän", "minulle", "minua", "minulla", "sitä", "siitä",
        "siinä", "sen", "sille", "niitä", "niiden", "niistä", "niille", "tässä", "tästä", "tätä", "tämän",
        "näitä", "näiden", "mitä", "mitään", "jotain", "jotakin", "kaikkea", "kaiken", "kaikille", "oma", "omat",
        // adverbs and particles without content
        "niin", "näin", "noin", "jo", "vielä", "myös", "myöskin", "vain", "ainoastaan", "aina", "nyt", "sitten",
        "kyllä", "ihan", "aivan", "todella", "tosi", "erittäin", "melko", "hyvin", "paljon", "paljo",
        "siis", "kuitenkin", "joskus", "usein", "enää", "jopa", "ehkä", "taas", "lisäksi", "toki", "juuri",
        "kovin", "vähän", "hieman", "täällä", "siellä", "tänne", "sinne", "missä", "miten", "miksi", "milloin",
        "kuten", "esim", "esimerkiksi", "jne", "yms", "ym", "mm", "ok",
        // adpositions
        "kanssa", "mukaan", "kautta", "ennen", "jälkeen", "aikana", "takia", "vuoksi", "kohti", "yli", "ali",
        "luona", "välillä", "ilman", "asti", "saakka", "lähellä", "sisällä", "ulkona", "päälle", "alla",
    ]
}
