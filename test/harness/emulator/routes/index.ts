import type { RouteTable } from '../route.js';
import { access } from './access.js';
import { actions } from './actions.js';
import { apps } from './apps.js';
import { archives } from './archives.js';
import { checks } from './checks.js';
import { comments } from './comments.js';
import { contents } from './contents.js';
import { deployments } from './deployments.js';
import { gitData } from './git-data.js';
import { issues } from './issues.js';
import { pulls } from './pulls.js';
import { usersAndRepos } from './users-and-repos.js';

/** Every implemented operation; anything else GitHub declares answers 404 and is recorded. */
export const routes: RouteTable = {
  ...usersAndRepos,
  ...issues,
  ...comments,
  ...access,
  ...checks,
  ...deployments,
  ...gitData,
  ...contents,
  ...actions,
  ...pulls,
  ...apps,
  ...archives,
};
