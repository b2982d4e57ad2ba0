extension StopWords {
    static let swedish: Set<String> = [
        // conjunctions, subjunctions
        "och", "att", "som", "men", "eller", "om", "när", "eftersom", "därför", "medan", "samt", "dock", "utan",
        "fast", "både", "varken", "än", "ifall", "innan",
        // pronouns and articles
        "jag", "du", "han", "hon", "den", "det", "vi", "ni", "de", "dom", "mig", "dig", "honom", "henne", "oss",
        "er", "dem", "sig", "min", "mitt", "mina", "din", "ditt", "dina", "sin", "sitt", "sina", "hans", "hennes",
        "deras", "vår", "vårt", "våra", "ert", "era", "denna", "detta", "dessa", "en", "ett", "man", "vad", "vem",
        "vilken", "vilket", "vilka", "något", "någon", "några", "inget", "ingen", "inga", "ingenting", "allt",
        "alla", "annan", "annat", "andra", "samma", "sådan", "sådant", "sådana", "varje", "själv", "själva",
        // auxiliaries and their forms
        "är", "var", "vara", "varit", "vore", "blir", "blev", "bli", "blivit", "har", "hade", "ha", "haft",
        "kan", "kunde", "kunna", "kunnat", "ska", "skall", "skulle", "vill", "ville", "måste", "får", "fick",
        "finns", "fanns", "inte", "icke", "ej",
        // adverbs and particles without content
        "så", "då", "här", "där", "hur", "varför", "också", "även", "bara", "ju", "nog", "väl", "lite", "mer",
        "mest", "mycket", "ganska", "väldigt", "riktigt", "helt", "alltid", "ofta", "aldrig", "redan", "igen",
        "kanske", "nu", "sedan", "sen", "just", "dit", "hit", "bl", "osv", "t", "ex", "tex",
        // prepositions
        "i", "på", "av", "för", "med", "till", "från", "vid", "mot", "ut", "under", "efter", "över", "genom",
        "mellan", "hos", "ur", "åt", "utom", "bland", "kring", "runt", "enligt", "trots", "inom", "utanför",
    ]
}
