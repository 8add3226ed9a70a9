// Every feature's outbox kinds. Add a kind's module here when a feature adds one.
import '#src/features/profile/api/update-profile.ts';
