// User accounts.
export { LastAdminError, UserNotFoundError, UsernameTakenError, UsersAlreadyExistError, WeakPasswordError } from './errors';
export type { PasswordHashing, PasswordPolicy } from './ports';
export { createUsersService, SYSTEM_SCOPE } from './users.service';
export type { NewUser, UserChanges, UsersService } from './users.service';
