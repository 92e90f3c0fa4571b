namespace Dashboard.Git.Editing;

/// <summary>Why a YAML edit was refused.</summary>
public enum YamlEditErrorKind
{
    InvalidYaml,
    InvalidLocator,
    DocumentNotFound,
    AmbiguousDocument,
    LocatorNotFound,
    AmbiguousLocator,
    NotAScalar,
    ValueIsAlias,
    UnsupportedLayout,
    VerificationFailed,
}
