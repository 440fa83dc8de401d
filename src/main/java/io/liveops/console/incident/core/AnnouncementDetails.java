package io.liveops.console.incident.core;

/**
 * The words the announcements and the post-mortem draw on, besides the title: the issue as users would
 * say it ("problems with guild chat", it reads in "We're currently experiencing …"), the ETA, what
 * happened and what we did. Null fields are empty.
 */
public record AnnouncementDetails(String issue, String eta, String whatHappened, String whatWeDid) {

    public static final AnnouncementDetails EMPTY = new AnnouncementDetails("", "", "", "");

    public AnnouncementDetails {
        issue = issue == null ? "" : issue.strip();
        eta = eta == null ? "" : eta.strip();
        whatHappened = whatHappened == null ? "" : whatHappened.strip();
        whatWeDid = whatWeDid == null ? "" : whatWeDid.strip();
    }
}
