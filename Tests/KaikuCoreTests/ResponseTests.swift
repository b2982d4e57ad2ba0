import Foundation
import KaikuCore
import Testing

/// A response as it travels on the wire (DESIGN.md, "A response on the wire"), waves and channels.
@Suite("responses, waves and channels")
struct ResponseTests {
    /// The example from DESIGN.md, as a device sends it.
    static let wireExample = """
        {
          "id": "0b6c5e1e-3f0e-4a8e-9c55-3d7f1f0d2a11",
          "survey": "lukki-asiakaskokemus", "version": 1, "form": "doorstep",
          "channel": "kiosk", "outlet": "lohja-main", "language": "sv",
          "startedAt": "2026-03-02T10:15:00Z", "submittedAt": "2026-03-02T10:17:40Z",
          "answers": {
            "outlet": "lohja-main", "grade": 9, "nps": 10,
            "staff.friendly": 5, "staff.understood": "na",
            "services.courtesy.importance": 5, "services.courtesy.performance": 4,
            "help_channels": ["desk", "chat"],
            "best_moment": "Sain apua e-kirjojen kanssa."
          }
        }
        """

    private func decode(_ json: String) throws -> SurveyResponse {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(SurveyResponse.self, from: Data(json.utf8))
    }

    @Test("the wire example decodes with typed answers")
    func decodesWireExample() throws {
        let response = try decode(Self.wireExample)
        #expect(response.id == UUID(uuidString: "0B6C5E1E-3F0E-4A8E-9C55-3D7F1F0D2A11"))
        #expect(response.form == "doorstep")
        #expect(response.channel == .kiosk)
        #expect(response.language == "sv")
        #expect(response.submittedAt.timeIntervalSince(try #require(response.startedAt)) == 160)
        #expect(response.answers.count == 9)
        #expect(response.answers["grade"] == .integer(9))
        #expect(response.answers["staff.understood"] == .text("na"))
        #expect(response.answers["help_channels"] == .list([.text("desk"), .text("chat")]))
    }

    @Test("the wire example's answers outside the doorstep form are the only problems")
    func wireExampleAgainstLukki() throws {
        let response = try decode(Self.wireExample)
        let survey = try Fixtures.lukkiSurvey()
        let validator = try #require(AnswerValidator(definition: survey, form: response.form, outletIDs: ["lohja-main"]))
        #expect(validator.problems(in: response.answers).filter { $0.kind != .required } == [
            AnswerProblem(key: "services.courtesy.importance", .notInForm),
            AnswerProblem(key: "services.courtesy.performance", .notInForm),
            AnswerProblem(key: "help_channels", .notInForm),
        ])
    }

    @Test("a response without form or answers is a full-form response with no answers")
    func defaults() throws {
        let response = try decode("""
            {"id": "0b6c5e1e-3f0e-4a8e-9c55-3d7f1f0d2a11", "survey": "s", "version": 2, "channel": "web",
             "language": "fi", "submittedAt": "2026-03-02T10:17:40Z"}
            """)
        #expect(response.form == "full")
        #expect(response.answers == [:])
        #expect(response.outlet == nil)
        #expect(response.startedAt == nil)
    }

    @Test("a re-sent response has the same content when only fractions of a second differ")
    func sameContent() throws {
        let first = try decode(Self.wireExample)
        var retry = first
        retry.id = UUID()
        retry.submittedAt = first.submittedAt.addingTimeInterval(0.4)
        #expect(first.hasSameContent(as: retry))
        var other = first
        other.answers["grade"] = .integer(8)
        #expect(!first.hasSameContent(as: other))
        var later = first
        later.submittedAt = first.submittedAt.addingTimeInterval(1)
        #expect(!first.hasSameContent(as: later))
    }

    @Test("a wave is open from its opening, up to but not at its closing")
    func waveOpening() {
        let opens = Date(timeIntervalSince1970: 1_700_000_000)
        let wave = Wave(
            id: "2017", survey: "lukki-asiakaskokemus", name: LocalizedText(["fi": "Lähtötaso"]), version: 1,
            opensAt: opens, closesAt: opens.addingTimeInterval(3600), forms: ["doorstep"], channels: [.kiosk, .interviewer]
        )
        #expect(!wave.isOpen(at: opens.addingTimeInterval(-1)))
        #expect(wave.isOpen(at: opens))
        #expect(wave.isOpen(at: opens.addingTimeInterval(3599)))
        #expect(!wave.isOpen(at: opens.addingTimeInterval(3600)))
        #expect(wave.allows(form: "doorstep") && !wave.allows(form: "full"))
        #expect(wave.allows(channel: .kiosk) && !wave.allows(channel: .web))
        let open = Wave(id: "2018", survey: "s", name: LocalizedText(["fi": "Seuranta"]), version: 1, opensAt: opens)
        #expect(open.isOpen(at: opens.addingTimeInterval(10 * 365 * 86_400)))
        #expect(open.allows(form: "anything") && open.allows(channel: .paper))
    }

    @Test("the channels are the eight of DESIGN.md, spelled as on the wire")
    func channels() {
        #expect(Channel.allCases.map(\.rawValue) == ["web", "qr", "embed", "kiosk", "interviewer", "paper", "staff", "import"])
    }
}
