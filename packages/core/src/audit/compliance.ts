import { InputError } from '../errors.js';
import type { RecordType } from './record.js';

/**
 * What each kind of evidence demonstrates, per standard. Only controls the evidence really covers:
 * SOC 2 (2017 trust services criteria, 2022 points of focus), ISO/IEC 27001:2022 Annex A, and the
 * HIPAA Security Rule (45 CFR Part 164 Subpart C).
 */
export type Evidence =
  | 'change'
  | 'infrastructure-change'
  | 'peer-review'
  | 'approval'
  | 'deployment'
  | 'deployment-outcome'
  | 'emergency-change'
  | 'logging';

export interface StandardMapping {
  title: string;
  controls: Record<string, string>;
  evidence: Record<Evidence, string[]>;
  /**
   * Control IDs as an older text or a caller's own document names them, shown beside the correct one
   * (the ID itself is never replaced: records and reports keep the correct one).
   */
  aliases?: Record<string, { id: string; note: string }[]>;
}

export const COMPLIANCE_STANDARDS: Record<string, StandardMapping> = {
  SOC2: {
    title: 'SOC 2 trust services criteria',
    controls: {
      'CC6.1': 'Logical access security over protected information assets',
      'CC6.2': 'Registration and authorisation of users before access is granted',
      'CC6.3': 'Role-based access, least privilege and segregation of duties',
      'CC7.2': 'Monitoring of system components for anomalies',
      'CC7.3': 'Evaluation of events for failures (incidents) and action on them: rollback, emergency change',
      'CC8.1': 'Authorisation, testing, approval and implementation of changes',
    },
    evidence: {
      change: ['CC8.1'],
      'infrastructure-change': ['CC8.1'],
      'peer-review': ['CC8.1', 'CC6.3'],
      approval: ['CC8.1', 'CC6.1', 'CC6.2', 'CC6.3'],
      deployment: ['CC8.1'],
      // A deployment's outcome is an evaluated event (a canary judged failing and rolled back, a failed
      // status); an emergency change is the action taken on an incident, with its reason.
      'deployment-outcome': ['CC7.2', 'CC7.3'],
      'emergency-change': ['CC8.1', 'CC7.3'],
      logging: ['CC7.2'],
    },
    // The BlackRoad seed names CC6.1, CC6.2, CC7.2 and CC7.3. It files change management under CC6.1;
    // in the 2017 criteria (revised points of focus, 2022) change management is CC8.1 and CC6.1 is
    // logical access. CC6.2, CC7.2 and CC7.3 are 2017 IDs as well, each mapped above from the evidence
    // that shows it (CC7.3 from deployment outcomes and emergency changes), so they need no alias.
    aliases: {
      'CC8.1': [{ id: 'CC6.1', note: 'change management, as the seed names it' }],
    },
  },
  ISO27001: {
    title: 'ISO/IEC 27001:2022 Annex A',
    controls: {
      '5.3': 'Segregation of duties',
      '8.9': 'Configuration management',
      '8.15': 'Logging',
      '8.16': 'Monitoring activities',
      '8.32': 'Change management',
    },
    evidence: {
      change: ['8.32'],
      'infrastructure-change': ['8.32', '8.9'],
      'peer-review': ['8.32', '5.3'],
      approval: ['8.32', '5.3'],
      deployment: ['8.32'],
      'deployment-outcome': ['8.16'],
      'emergency-change': ['8.32'],
      logging: ['8.15'],
    },
  },
  // The Security Rule's standards and implementation specifications that deployment evidence can show
  // (https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-C). Access control,
  // encryption and the rest are about the system holding ePHI, which this log does not see.
  HIPAA: {
    title: 'HIPAA Security Rule (45 CFR 164 Subpart C)',
    controls: {
      '§164.308(a)(1)(ii)(D)': 'Information system activity review (audit logs, incident tracking)',
      '§164.308(a)(5)(ii)(C)': 'Log-in monitoring: who acted, checked against who may',
      '§164.312(b)': 'Audit controls: record and examine activity in information systems',
      '§164.312(c)(1)':
        'Integrity: protect against improper alteration (authorised changes, tamper-evident log)',
    },
    evidence: {
      change: ['§164.312(b)', '§164.312(c)(1)'],
      'infrastructure-change': ['§164.312(b)', '§164.312(c)(1)'],
      'peer-review': ['§164.312(c)(1)'],
      // An approval is an identity checked against the approvers allowed, recorded with its user id.
      approval: ['§164.312(c)(1)', '§164.308(a)(5)(ii)(C)'],
      deployment: ['§164.312(b)', '§164.312(c)(1)'],
      // Outcomes and rollbacks are the activity a review looks at.
      'deployment-outcome': ['§164.308(a)(1)(ii)(D)'],
      'emergency-change': ['§164.308(a)(1)(ii)(D)', '§164.312(c)(1)'],
      logging: ['§164.312(b)'],
    },
  },
};

export function evidenceOf(
  type: RecordType,
  facts: { infra: boolean; reviewed: boolean; emergency: boolean },
): Evidence[] {
  const evidence: Evidence[] = ['logging'];
  switch (type) {
    case 'push':
    case 'release':
    case 'workflow_dispatch':
    case 'custom':
      evidence.push('change');
      break;
    case 'pull_request':
      evidence.push('change', 'peer-review');
      break;
    case 'approval':
      evidence.push('approval');
      break;
    case 'deployment':
      evidence.push('deployment');
      break;
    case 'deployment_status':
    case 'workflow_run':
      evidence.push('deployment-outcome');
      break;
    case 'exception':
      evidence.push('emergency-change');
      break;
    case 'checkpoint':
      break;
  }
  if (facts.infra) evidence.push('infrastructure-change');
  if (facts.reviewed && !evidence.includes('peer-review')) evidence.push('peer-review');
  if (facts.emergency && !evidence.includes('emergency-change')) evidence.push('emergency-change');
  return evidence;
}

export function controlsFor(standard: string, evidence: Evidence[]): string[] {
  const mapping = COMPLIANCE_STANDARDS[standard];
  const controls = new Set(evidence.flatMap((e) => mapping.evidence[e]));
  return [...controls].sort(compareControls);
}

/** Control IDs in reading order: CC6.3 before CC8.1, 8.9 before 8.15, §164.308 before §164.312. */
export function compareControls(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** The `compliance-standards` input: known standard names, in their canonical spelling. */
export function parseStandards(names: string[]): string[] {
  return names.map((name) => {
    const known = Object.keys(COMPLIANCE_STANDARDS).find((s) => s.toLowerCase() === name.toLowerCase());
    if (!known)
      throw new InputError(
        'compliance-standards',
        `'${name}' is not a known standard`,
        `a list of ${Object.keys(COMPLIANCE_STANDARDS).join(', ')}`,
      );
    return known;
  });
}
