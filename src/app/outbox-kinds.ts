// Every feature's outbox kinds. Add a kind's module here when a feature adds one.
import '#src/features/profile/api/update-profile.ts';
import '#src/features/intake/api/save-draft.ts';
import '#src/features/intake/api/submit-intake.ts';
import '#src/features/intake/api/decide-intake.ts';
import '#src/features/work-folder/api/put-activity.ts';
import '#src/features/work-folder/api/hand-in.ts';
import '#src/features/work-folder/api/give-feedback.ts';
import '#src/features/work-folder/api/upload-proof.ts';
import '#src/features/portfolio/api/put-item.ts';
import '#src/features/portfolio/api/upload-file.ts';
import '#src/features/portfolio/api/comment.ts';
import '#src/features/portfolio/api/share.ts';
