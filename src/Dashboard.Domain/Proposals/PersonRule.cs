namespace Dashboard.Domain.Proposals;

/// <summary>Who, beyond the role, may take a step on a proposal.</summary>
public enum PersonRule
{
    /// <summary>Anyone with one of the step's roles.</summary>
    Anyone,
    /// <summary>Only the proposal's author.</summary>
    Author,
    /// <summary>Anyone with the role except the author: a second pair of eyes.</summary>
    NotAuthor,
    /// <summary>The author, or an Admin.</summary>
    AuthorOrAdmin,
    /// <summary>Only the second person named on the pending verification override.</summary>
    NamedSecondPerson,
    /// <summary>The person who asked for the pending verification override, or the second person it names.</summary>
    OverrideParty,
}
