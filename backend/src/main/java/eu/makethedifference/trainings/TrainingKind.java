package eu.makethedifference.trainings;

import eu.makethedifference.common.security.Role;

/** What a training is for, and so who may enrol in it. */
public enum TrainingKind {
    /** Professionals of both help systems together; the balance rule applies. */
    JOINT_SEMINAR(Role.PROFESSIONAL),
    /** Preparation of volunteers before they meet a child. */
    MENTOR_PREPARATION(Role.MENTOR),
    /** Group supervision of active mentors. */
    SUPERVISION(Role.MENTOR);

    private final Role audience;

    TrainingKind(Role audience) {
        this.audience = audience;
    }

    public Role audience() {
        return audience;
    }
}
