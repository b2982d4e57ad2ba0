import FluentKit

/// The one row that serialises response writers and numbers their rows.
final class ResponseSequenceModel: Model, @unchecked Sendable {
    static let schema = "response_sequence"

    @ID(custom: "id", generatedBy: .user) var id: Int?
    @Field(key: "last") var last: Int64

    init() {}

    init(id: Int, last: Int64) {
        self.id = id
        self.last = last
    }
}
