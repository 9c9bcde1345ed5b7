// @actions/core and the toolkit's GitHub client (Octokit with its REST endpoint table), which every
// action that calls the API loads; timed by bench/startup/run.ts beside the actions.
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';

getOctokit(core.getInput('github-token', { required: true }));
