/**
 * Pairs for a whole programme at once. The optimal plan matches as many mentees as possible and,
 * among those plans, has the highest total score; it respects every mentor's free places and
 * never uses a pair a guardrail rules out. The greedy plan (each mentee in turn takes its best
 * free mentor) is kept as the baseline the optimal one is measured against.
 */
import { mentorBreachMask } from './guardrails.ts';
import { prepareMentee, preparePool, type MentorPool } from './pool.ts';
import { scorePool, weightShares, type WeightShares } from './scoring.ts';
import { TopK, type Ranked } from './top-k.ts';
import type {
  AssignmentPlan,
  MatchOptions,
  MatchWeights,
  MenteeNeed,
  MentorCandidate,
  PlannedPair,
} from './types.ts';

export interface AssignmentOptions extends MatchOptions {
  /**
   * How many of each mentee's best allowed mentors with a free place the optimal plan may choose
   * from (default 40). This pruning is its one approximation, and it keeps the flow graph at
   * mentees × K edges instead of mentees × pool. It can only cost anything when, in the best
   * plan, all K of a mentee's better mentors are full, i.e. at least K other mentees need exactly
   * those mentors; with 1,000 mentees over thousands of open mentors that is rare, and then the
   * mentee gets a slightly worse mentor (or, at worst, none), never a breached pair or an
   * overfull mentor. A mentee with fewer than K allowed mentors keeps them all, so the plan is
   * exact whenever K is at least the pool's size (the tests check it against brute force so).
   * Where alike mentees share the same K mentors and their places run out, the lists are widened
   * (K × 4, again as needed) so nobody is left out while an allowed mentor has a place.
   */
  readonly candidatesPerMentee?: number;
}

export const DEFAULT_CANDIDATES_PER_MENTEE = 40;

type Assign = (
  mentees: readonly MenteeNeed[],
  pool: MentorPool | readonly MentorCandidate[],
  weights: MatchWeights,
  options: AssignmentOptions,
) => AssignmentPlan;

/** Places left per mentor, by position in the pool; 0 for whoever may not mentor at all. */
function freePlaces(pool: MentorPool): Int32Array {
  return Int32Array.from(pool.mentors, (entry) =>
    mentorBreachMask(entry) === 0 ? entry.mentor.maxMentees - entry.mentor.heldPlaces : 0,
  );
}

const asPool = (pool: MentorPool | readonly MentorCandidate[]) =>
  'byId' in pool ? pool : preparePool(pool);

function planOf(
  mentees: readonly MenteeNeed[],
  chosen: readonly ({ mentorId: string; score: number } | undefined)[],
): AssignmentPlan {
  const pairs: PlannedPair[] = [];
  const unmatched: string[] = [];
  const loads = new Map<string, number>();
  mentees.forEach((mentee, index) => {
    const pick = chosen[index];
    if (pick === undefined) {
      unmatched.push(mentee.key);
      return;
    }
    pairs.push({ menteeKey: mentee.key, mentorId: pick.mentorId, score: pick.score });
    loads.set(pick.mentorId, (loads.get(pick.mentorId) ?? 0) + 1);
  });
  return {
    pairs,
    unmatched,
    totalScore: pairs.reduce((total, pair) => total + pair.score, 0),
    mentorsUsed: loads.size,
    maxLoad: Math.max(0, ...loads.values()),
  };
}

/** Mentees in the given order, each taking its best allowed mentor that still has a place. */
export const greedyAssignment: Assign = (mentees, mentors, weights, options) => {
  const pool = asPool(mentors);
  const free = freePlaces(pool);
  const shares = weightShares(weights);
  const chosen = mentees.map((mentee) => {
    const { scores, masks } = scorePool(pool, prepareMentee(mentee), shares, options);
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    let bestId = '';
    pool.mentors.forEach((entry, index) => {
      if (masks[index] !== 0 || (free[index] ?? 0) <= 0) return;
      const score = scores[index] ?? 0;
      const id = entry.mentor.expertId;
      if (score > bestScore || (score === bestScore && id < bestId)) {
        best = index;
        bestScore = score;
        bestId = id;
      }
    });
    if (best < 0) return undefined;
    free[best] = (free[best] ?? 0) - 1;
    return { mentorId: bestId, score: bestScore };
  });
  return planOf(mentees, chosen);
};

interface Candidates {
  /** Each mentee's best allowed mentors with a free place, the only edges the flow may use. */
  readonly lists: (readonly Ranked[])[];
  /** How many allowed mentors with a free place each mentee has in all (beyond its list too). */
  readonly allowed: readonly number[];
}

function candidates(
  mentees: readonly MenteeNeed[],
  pool: MentorPool,
  free: Int32Array,
  shares: WeightShares,
  options: AssignmentOptions,
  k: number,
): Candidates {
  const allowed: number[] = [];
  const lists = mentees.map((mentee) => {
    const { scores, masks } = scorePool(pool, prepareMentee(mentee), shares, options);
    const top = new TopK(k);
    let count = 0;
    pool.mentors.forEach((entry, index) => {
      if (masks[index] !== 0 || (free[index] ?? 0) <= 0) return;
      count += 1;
      const score = scores[index] ?? 0;
      if (top.admits(score)) top.offer({ index, score, id: entry.mentor.expertId });
    });
    allowed.push(count);
    return top.items();
  });
  return { lists, allowed };
}

/*
 * Scores become whole micro-points, so the flow's sums are exact and Dijkstra's reduced costs
 * never go a rounding error below zero; a millionth of a point decides no real choice.
 */
const SCALE = 1_000_000;

/**
 * Min-cost max-flow: source → mentee (1 place) → mentor (cost −score) → sink (free places).
 * Successive shortest paths reach the maximum flow, i.e. the most mentees matched, and each
 * path is the cheapest, so among those plans the total score is the highest: the lexicographic
 * order a −(BIG + score) cost would give, without the large constant.
 */
export const optimalAssignment: Assign = (mentees, mentors, weights, options) => {
  const pool = asPool(mentors);
  const free = freePlaces(pool);
  const shares = weightShares(weights);
  // Alike mentees share the same best K, whose places may not reach them all: a mentee left out
  // while it had allowed mentors beyond its K widens every list, until none is.
  for (let k = options.candidatesPerMentee ?? DEFAULT_CANDIDATES_PER_MENTEE; ; k *= 4) {
    const found = candidates(mentees, pool, free, shares, options, k);
    const plan = flowPlan(mentees, free, found.lists);
    const position = new Map(mentees.map((mentee, index) => [mentee.key, index]));
    const cutShort = plan.unmatched.some(
      (key) => (found.allowed[position.get(key) ?? -1] ?? 0) > k,
    );
    if (!cutShort) return plan;
  }
};

/** The min-cost max-flow over the candidate edges, as a plan. */
function flowPlan(
  mentees: readonly MenteeNeed[],
  free: Int32Array,
  lists: readonly (readonly Ranked[])[],
): AssignmentPlan {
  // Only mentors someone may take become nodes: the graph is mentees × K, not the whole pool.
  const nodeOfMentor = new Map<number, number>();
  const mentorOfNode: number[] = [];
  const menteeCount = mentees.length;
  for (const list of lists) {
    for (const { index } of list) {
      if (!nodeOfMentor.has(index)) {
        nodeOfMentor.set(index, menteeCount + 1 + mentorOfNode.length);
        mentorOfNode.push(index);
      }
    }
  }
  const source = 0;
  const sink = menteeCount + mentorOfNode.length + 1;
  const graph = new FlowGraph(sink + 1);
  mentees.forEach((_, index) => {
    graph.add(source, index + 1, 1, 0);
  });
  lists.forEach((list, menteeIndex) => {
    for (const { index, score } of list) {
      graph.add(menteeIndex + 1, nodeOfMentor.get(index) ?? sink, 1, -Math.round(score * SCALE));
    }
  });
  mentorOfNode.forEach((index, offset) => {
    graph.add(menteeCount + 1 + offset, sink, free[index] ?? 0, 0);
  });
  graph.minCostMaxFlow(source, sink);

  const chosen = lists.map((list, menteeIndex) => {
    const used = graph.saturatedTargets(menteeIndex + 1);
    const pick = list.find((candidate) => used.includes(nodeOfMentor.get(candidate.index) ?? -1));
    return pick === undefined ? undefined : { mentorId: pick.id, score: pick.score };
  });
  return planOf(mentees, chosen);
}

/** A residual graph in flat typed arrays: the 1,000 × 40 edges of a programme allocate once. */
class FlowGraph {
  readonly #nodes: number;
  readonly #head: Int32Array;
  #to = new Int32Array(1024);
  #next = new Int32Array(1024);
  #cap = new Float64Array(1024);
  #cost = new Float64Array(1024);
  #edges = 0;

  constructor(nodes: number) {
    this.#nodes = nodes;
    this.#head = new Int32Array(nodes).fill(-1);
  }

  add(from: number, to: number, cap: number, cost: number): void {
    this.#push(from, to, cap, cost);
    this.#push(to, from, 0, -cost);
  }

  #push(from: number, to: number, cap: number, cost: number): void {
    if (this.#edges === this.#to.length) {
      const grow = <T extends Int32Array | Float64Array>(array: T, make: (n: number) => T) => {
        const bigger = make(array.length * 2);
        bigger.set(array);
        return bigger;
      };
      this.#to = grow(this.#to, (n) => new Int32Array(n));
      this.#next = grow(this.#next, (n) => new Int32Array(n));
      this.#cap = grow(this.#cap, (n) => new Float64Array(n));
      this.#cost = grow(this.#cost, (n) => new Float64Array(n));
    }
    const edge = this.#edges++;
    this.#to[edge] = to;
    this.#cap[edge] = cap;
    this.#cost[edge] = cost;
    this.#next[edge] = this.#head[from] ?? -1;
    this.#head[from] = edge;
  }

  /** Nodes reached from `from` by an edge now carrying flow (its capacity used up). */
  saturatedTargets(from: number): number[] {
    const targets: number[] = [];
    for (let edge = this.#head[from] ?? -1; edge >= 0; edge = this.#next[edge] ?? -1) {
      // Even edges are the forward ones; their reverse twin holds the flow.
      if (edge % 2 === 0 && (this.#cap[edge + 1] ?? 0) > 0) targets.push(this.#to[edge] ?? -1);
    }
    return targets;
  }

  /**
   * Successive shortest paths with Johnson potentials, so each search is a Dijkstra. The first
   * potentials come from the layered graph (only mentee → mentor edges cost anything), and a
   * search stops once the sink is settled; unsettled nodes then move by the sink's distance,
   * which keeps every residual reduced cost non-negative.
   */
  minCostMaxFlow(source: number, sink: number): void {
    const n = this.#nodes;
    const to = this.#to;
    const potential = new Float64Array(n);
    for (let edge = 0; edge < this.#edges; edge += 2) {
      const target = to[edge] ?? 0;
      const cost = this.#cost[edge] ?? 0;
      if (cost < (potential[target] ?? 0)) potential[target] = cost;
    }
    for (let edge = 0; edge < this.#edges; edge += 2) {
      if (to[edge] !== sink) continue;
      const from = to[edge + 1] ?? 0;
      potential[sink] = Math.min(potential[sink] ?? 0, potential[from] ?? 0);
    }
    const distance = new Float64Array(n);
    const settled = new Uint8Array(n);
    const viaEdge = new Int32Array(n);
    const heap = new MinHeap();
    for (;;) {
      distance.fill(Number.POSITIVE_INFINITY);
      settled.fill(0);
      distance[source] = 0;
      heap.clear();
      heap.push(0, source);
      while (heap.size > 0) {
        const [d, node] = heap.pop();
        if (settled[node] === 1 || d > (distance[node] ?? 0)) continue;
        settled[node] = 1;
        if (node === sink) break;
        for (let edge = this.#head[node] ?? -1; edge >= 0; edge = this.#next[edge] ?? -1) {
          if ((this.#cap[edge] ?? 0) <= 0) continue;
          const target = this.#to[edge] ?? 0;
          const reduced =
            (this.#cost[edge] ?? 0) + (potential[node] ?? 0) - (potential[target] ?? 0);
          const through = d + reduced;
          if (through < (distance[target] ?? 0)) {
            distance[target] = through;
            viaEdge[target] = edge;
            heap.push(through, target);
          }
        }
      }
      if (settled[sink] !== 1) return;
      const reach = distance[sink] ?? 0;
      for (let node = 0; node < n; node++) {
        potential[node] =
          (potential[node] ?? 0) + (settled[node] === 1 ? (distance[node] ?? 0) : reach);
      }
      // Every mentee supplies one unit, so each path carries exactly one.
      for (let node = sink; node !== source;) {
        const edge = viaEdge[node] ?? 0;
        this.#cap[edge] = (this.#cap[edge] ?? 0) - 1;
        this.#cap[edge ^ 1] = (this.#cap[edge ^ 1] ?? 0) + 1;
        node = this.#to[edge ^ 1] ?? source;
      }
    }
  }
}

/** A binary heap of (key, node) pairs; stale entries are skipped by the caller. */
class MinHeap {
  #keys: number[] = [];
  #nodes: number[] = [];

  get size(): number {
    return this.#keys.length;
  }

  clear(): void {
    this.#keys.length = 0;
    this.#nodes.length = 0;
  }

  push(key: number, node: number): void {
    const keys = this.#keys;
    const nodes = this.#nodes;
    let at = keys.length;
    keys.push(key);
    nodes.push(node);
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const parentKey = keys[parent] ?? 0;
      if (parentKey <= key) break;
      keys[at] = parentKey;
      nodes[at] = nodes[parent] ?? 0;
      at = parent;
    }
    keys[at] = key;
    nodes[at] = node;
  }

  pop(): [number, number] {
    const keys = this.#keys;
    const nodes = this.#nodes;
    const top: [number, number] = [keys[0] ?? 0, nodes[0] ?? 0];
    const lastKey = keys.pop() ?? 0;
    const lastNode = nodes.pop() ?? 0;
    const size = keys.length;
    if (size === 0) return top;
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= size) break;
      if (child + 1 < size && (keys[child + 1] ?? 0) < (keys[child] ?? 0)) child++;
      if ((keys[child] ?? 0) >= lastKey) break;
      keys[at] = keys[child] ?? 0;
      nodes[at] = nodes[child] ?? 0;
      at = child;
    }
    keys[at] = lastKey;
    nodes[at] = lastNode;
    return top;
  }
}
