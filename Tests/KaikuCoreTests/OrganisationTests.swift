import Foundation
import KaikuCore
import Testing

/// The organisation document: consortium → library → outlet (DESIGN.md, "The parts" 1).
@Suite("organisation")
struct OrganisationTests {
    /// The problems `Organisation.parse` reports for `source`; empty when it accepts it.
    private func problems(_ source: String) -> [String] {
        do {
            _ = try Organisation.parse(source)
            return []
        } catch {
            return error.problems
        }
    }

    @Test("the Lukki consortium has 3 libraries and 11 outlets")
    func lukkiConsortium() throws {
        let lukki = try Fixtures.lukkiConsortium()
        #expect(lukki.consortium.id == "lukki")
        #expect(lukki.consortium.webLibrary == "https://lukki.finna.fi")
        #expect(lukki.consortium.languages == ["fi", "sv", "en"])
        #expect(lukki.libraries.map(\.id) == ["lohja", "karkkila", "vihti"])
        #expect(lukki.libraries.map(\.outlets.count) == [9, 1, 1])
        #expect(lukki.outlets.count == 11)
        #expect(lukki.problems == [])
    }

    @Test("Lohja serves in Finnish and Swedish, Karkkila and Vihti in Finnish")
    func libraryLanguages() throws {
        let lukki = try Fixtures.lukkiConsortium()
        #expect(lukki.library("lohja")?.languages == ["fi", "sv"])
        #expect(lukki.library("lohja")?.isil == "FI-Lohja")
        #expect(lukki.library("karkkila")?.languages == ["fi"])
        #expect(lukki.library("vihti")?.name.text(in: "sv") == "Vichtis kommunbibliotek")
    }

    @Test("library(ofOutlet:) finds the library an outlet belongs to")
    func libraryOfOutlet() throws {
        let lukki = try Fixtures.lukkiConsortium()
        #expect(lukki.library(ofOutlet: "karjalohja")?.id == "lohja")
        #expect(lukki.library(ofOutlet: "karkkila-main")?.id == "karkkila")
        #expect(lukki.library(ofOutlet: "vihti-main")?.id == "vihti")
        #expect(lukki.library(ofOutlet: "helsinki-main") == nil)
    }

    @Test("yearly visits come from yearly_visits_demo; self-service hours default to false")
    func outletDetails() throws {
        let lukki = try Fixtures.lukkiConsortium()
        let main = try #require(lukki.outlet("lohja-main"))
        #expect(main.yearlyVisits == 310_000)
        #expect(main.address == "Karstuntie 3, 08100 Lohja")
        #expect(main.selfServiceHours == false)
        #expect(lukki.outlet("karjalohja")?.selfServiceHours == true)
        #expect(lukki.outlets.compactMap(\.yearlyVisits).reduce(0, +) == 710_000)
    }

    @Test("yearly_visits is preferred over yearly_visits_demo")
    func yearlyVisitsField() throws {
        let source = """
            consortium: {id: c, name: {fi: C}, languages: [fi]}
            libraries:
              - {id: a, name: {fi: A}, languages: [fi], outlets: [{id: o, name: {fi: O}, yearly_visits: 5, yearly_visits_demo: 7}]}
            """
        #expect(try Organisation.parse(source).outlet("o")?.yearlyVisits == 5)
    }

    @Test("an outlet id used twice, even in another library, is rejected with its path")
    func duplicateOutlet() throws {
        let lukki = try Fixtures.text(of: Fixtures.consortiumURL)
        let broken = lukki.replacingOccurrences(of: "{id: vihti-main,", with: "{id: lohja-main,")
        #expect(broken != lukki)
        #expect(problems(broken) == ["libraries[2].outlets[0].id: duplicate outlet id 'lohja-main'"])
    }

    @Test("duplicate libraries, and libraries without languages or outlets, are all reported")
    func libraryProblems() {
        let source = """
            consortium: {id: c, name: {fi: C}, languages: [fi]}
            libraries:
              - {id: a, name: {fi: A}, languages: [fi], outlets: [{id: o, name: {fi: O}}]}
              - {id: a, name: {fi: B}, languages: [], outlets: []}
            """
        #expect(problems(source) == [
            "libraries[1].id: duplicate library id 'a'",
            "libraries[1].languages: a library needs at least one public language",
            "libraries[1].outlets: a library needs at least one outlet",
        ])
    }

    @Test("a missing field is reported with its path, at the top level without one")
    func missingFields() {
        #expect(problems("consortium: {id: c, name: {fi: C}, languages: [fi]}\nlibraries: [{id: a, languages: [fi], outlets: []}]") == ["libraries[0]: missing required field 'name'"])
        #expect(problems("libraries: []") == ["missing required field 'consortium'"])
    }

    @Test("a document that is not YAML is reported as such, with its line")
    func syntax() {
        #expect(problems("libraries: [\n") == ["not valid YAML or JSON: did not find expected node content at line 2, column 1"])
    }
}
