/// The edits whose effect reaches beyond one field: an id that other parts refer to, a type
/// that decides which fields a question has, a question that forms list.
extension SurveyDocument {
    /// Renames a question and every reference to it: `show_if` conditions and forms. When
    /// `newID` is already another question's, only the question itself is changed (the editor
    /// then shows the duplicate) so that the other question's references stay its own.
    public mutating func renameQuestion(_ oldID: String, to newID: String) throws(DocumentEditError) {
        guard let place = place(ofQuestion: oldID) else { throw DocumentEditError.noSuchPlace("question '\(oldID)'") }
        try renameQuestion(at: place, to: newID)
    }

    /// Renames the question at `place` (which may have no id, or a duplicate one), as `renameQuestion`.
    public mutating func renameQuestion(at place: QuestionPlace, to newID: String) throws(DocumentEditError) {
        let oldID = place.id
        guard oldID != newID else { return }
        let taken = self.place(ofQuestion: newID) != nil || questionPlaces.filter({ $0.id == oldID }).count > 1
        try root.set(.string(newID), at: place.path.appending("id"))
        guard !taken, !oldID.isEmpty else { return }
        for other in questionPlaces {
            let path = other.path.appending("show_if")
            if case .string(let source)? = root[path: path] {
                try root.set(.string(ShowIfRenaming.rename(oldID, to: newID, in: source)), at: path)
            }
        }
        for form in formNames {
            let path = DocumentPath("forms").appending(form)
            let renamed = (root[path: path]?.elements ?? []).map { $0 == .string(oldID) ? .string(newID) : $0 }
            try root.set(.sequence(renamed), at: path)
        }
    }

    /// Removes a question and its entries in forms (a `show_if` naming it is left, so the editor
    /// shows where it was used).
    public mutating func removeQuestion(_ id: String) throws(DocumentEditError) {
        guard let place = place(ofQuestion: id) else { throw DocumentEditError.noSuchPlace("question '\(id)'") }
        try root.remove(at: place.index, inListAt: DocumentPath.page(place.page).appending("questions"))
        guard self.place(ofQuestion: id) == nil else { return }
        for form in formNames {
            let path = DocumentPath("forms").appending(form)
            try root.set(.sequence((root[path: path]?.elements ?? []).filter { $0 != .string(id) }), at: path)
        }
    }

    /// Moves a question one place up or down, across page boundaries: the first question of a
    /// page moved up becomes the last of the page before.
    public mutating func moveQuestion(_ id: String, by offset: Int) throws(DocumentEditError) {
        guard let place = place(ofQuestion: id), offset == -1 || offset == 1 else { throw DocumentEditError.noSuchPlace("question '\(id)'") }
        let list = DocumentPath.page(place.page).appending("questions")
        let count = root[path: list]?.elements.count ?? 0
        let target = place.index + offset
        if (0..<count).contains(target) {
            try root.move(from: place.index, to: target, inListAt: list)
            return
        }
        let otherPage = place.page + offset
        guard pages.indices.contains(otherPage), let node = root[path: place.path] else { return }
        try root.remove(at: place.index, inListAt: list)
        let otherList = DocumentPath.page(otherPage).appending("questions")
        try root.insert(node, at: offset < 0 ? nil : 0, inListAt: otherList)
    }

    /// Puts a question in the forms `names` and takes it out of the others, keeping each
    /// form's questions in the survey's order.
    public mutating func setForms(ofQuestion id: String, to names: Set<String>) throws(DocumentEditError) {
        let order = questionPlaces.map(\.id)
        for form in formNames {
            let path = DocumentPath("forms").appending(form)
            var ids = (root[path: path]?.elements ?? []).compactMap(\.scalarText).filter { $0 != id }
            if names.contains(form) {
                ids.append(id)
                ids.sort { (order.firstIndex(of: $0) ?? .max) < (order.firstIndex(of: $1) ?? .max) }
            }
            try root.set(.sequence(ids.map(DocumentNode.string)), at: path)
        }
    }

    /// Changes a question's type: the fields the new type does not use go, the ones it needs come.
    public mutating func changeType(ofQuestion id: String, to type: QuestionType) throws(DocumentEditError) {
        guard let place = place(ofQuestion: id) else { throw DocumentEditError.noSuchPlace("question '\(id)'") }
        try changeType(at: place.path, to: type)
    }

    /// Changes the type of the question at `path`, as `changeType(ofQuestion:to:)`.
    public mutating func changeType(at path: DocumentPath, to type: QuestionType) throws(DocumentEditError) {
        guard var node = root[path: path] else { throw DocumentEditError.noSuchPlace(path.description) }
        let common: Set<String> = ["id", "type", "text", "required", "show_if"]
        let kept = common.union(QuestionReader.extraFields(of: type))
        if case .mapping(let entries) = node {
            node = .mapping(entries.filter { kept.contains($0.key) || !QuestionReader.fields.contains($0.key) })
        }
        try node.set(.string(type.rawValue), at: DocumentPath("type"))
        node.addFields(of: type, languages: languages, scales: scaleNames)
        try root.set(node, at: path)
    }

    /// Renames a named scale and every question's reference to it. Refused when the new name
    /// is another scale's, which would merge two scales.
    public mutating func renameScale(_ oldName: String, to newName: String) throws(DocumentEditError) {
        guard oldName != newName else { return }
        guard case .mapping(var entries)? = root["scales"], let position = entries.firstIndex(where: { $0.key == oldName }) else {
            throw DocumentEditError.noSuchPlace("scales.\(oldName)")
        }
        guard !entries.contains(where: { $0.key == newName }) else { throw DocumentEditError.nameTaken(newName) }
        entries[position].key = newName
        try root.set(.mapping(entries), at: DocumentPath("scales"))
        for place in questionPlaces {
            for key in ["scale", "importance_scale", "performance_scale"] where root[path: place.path.appending(key)] == .string(oldName) {
                try root.set(.string(newName), at: place.path.appending(key))
            }
        }
    }
}

/// Rewrites the question ids a `show_if` condition names, leaving quoted values alone.
public enum ShowIfRenaming {
    public static func rename(_ oldID: String, to newID: String, in source: String) -> String {
        guard let tokens = try? ShowIfLexer.tokens(of: source) else { return source }
        var characters = Array(source)
        // From the end, so earlier columns stay valid.
        for token in tokens.reversed() {
            guard case .key(let key) = token.kind, key == oldID || key.hasPrefix("\(oldID).") else { continue }
            let start = token.column - 1
            characters.replaceSubrange(start..<(start + oldID.count), with: Array(newID))
        }
        return String(characters)
    }
}

extension SurveyDocument {
    /// Sets the survey's languages. The texts of a language taken away go with it; a language
    /// added has its texts missing (the editor flags each until written).
    public mutating func setLanguages(_ languages: [String]) throws(DocumentEditError) {
        let old = Set(self.languages)
        let dropped = old.subtracting(languages)
        try root.set(.sequence(languages.map(DocumentNode.string)), at: DocumentPath("languages"))
        guard !dropped.isEmpty else { return }
        root = Self.dropping(dropped, knownLanguages: old, from: root)
    }

    /// Removes the `dropped` entries of every map whose keys are all language codes: a human text.
    private static func dropping(_ dropped: Set<String>, knownLanguages: Set<String>, from node: DocumentNode) -> DocumentNode {
        switch node {
        case .mapping(let entries):
            if !entries.isEmpty, entries.allSatisfy({ knownLanguages.contains($0.key) }) {
                return .mapping(entries.filter { !dropped.contains($0.key) })
            }
            return .mapping(entries.map { DocumentNode.Entry(key: $0.key, value: dropping(dropped, knownLanguages: knownLanguages, from: $0.value)) })
        case .sequence(let elements):
            return .sequence(elements.map { dropping(dropped, knownLanguages: knownLanguages, from: $0) })
        default:
            return node
        }
    }
}

extension SurveyDocument {
    /// Removes a page with its questions, and their entries in forms.
    public mutating func removePage(at index: Int) throws(DocumentEditError) {
        let ids = Set(questionPlaces.filter { $0.page == index }.map(\.id))
        try root.remove(at: index, inListAt: DocumentPath("pages"))
        let left = Set(questionPlaces.map(\.id))
        for form in formNames {
            let path = DocumentPath("forms").appending(form)
            let kept = (root[path: path]?.elements ?? []).filter { element in
                guard let id = element.scalarText else { return true }
                return !ids.contains(id) || left.contains(id)
            }
            try root.set(.sequence(kept), at: path)
        }
    }
}
