/**
 * A fake Discord (REST API + gateway websocket) on 127.0.0.1, for end-to-end tests of a real discord.js 14 client.
 *
 * Point the client at it with `new Client({ intents, rest: { api: fake.apiUrl } })` and `client.login(fake.token)`.
 * The client fetches `GET /api/v10/gateway/bot`, which answers with `fake.gatewayUrl`; the gateway then runs the
 * normal HELLO -> IDENTIFY -> READY handshake. Tests dispatch interactions with `chatInput`/`autocomplete`/`button`
 * and read what the bot answered with `callback`, `webhookMessages` and `requests`.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { type RawData, WebSocket, WebSocketServer } from 'ws';

export interface RecordedFile {
	/** Form field name, e.g. `files[0]`. */
	field: string;
	filename: string;
	contentType: string;
	data: Buffer;
}

export interface RecordedRequest {
	method: string;
	/** Decoded, without query, e.g. `/api/v10/interactions/1/tok/callback`. */
	path: string;
	query: URLSearchParams;
	headers: IncomingHttpHeaders;
	/** Parsed JSON; for multipart/form-data the parsed `payload_json` part; a string if not JSON; undefined if empty. */
	body: unknown;
	/** File parts of a multipart/form-data body (empty otherwise). */
	files: RecordedFile[];
	/** The HTTP status the fake answered with. */
	status: number;
	/** `performance.now()` when the request was received. */
	at: number;
}

export interface FakeRole {
	id: string;
	name: string;
	/** Decimal permission bitfield string, default '0'. */
	permissions?: string;
}

export interface FakeDiscordOptions {
	/** The valid bot token, default 'fake-token.abc.def'. */
	token?: string;
	applicationId?: string;
	guildId?: string;
	/** Defaults to the application id (as for every modern bot). */
	botUserId?: string;
	/**
	 * 'none' (default): READY has `guilds: []`, so `ready` is immediate and `interaction.member` is the raw API object.
	 * 'available': READY lists the guild as unavailable and a full GUILD_CREATE follows, so the guild is cached and
	 * `interaction.member` is a full GuildMember.
	 */
	guildsInReady?: 'none' | 'available';
	/** Extra roles of the guild sent in GUILD_CREATE (besides @everyone, whose id is the guild id). */
	roles?: FakeRole[];
	/** Default 41250 (Discord's usual value). discord.js sends its first heartbeat after a random part of it. */
	heartbeatIntervalMs?: number;
}

export interface InteractionExtra {
	userId?: string;
	username?: string;
	/** null = DM: no guild_id, no member, `user` instead. */
	guildId?: string | null;
	roles?: string[];
	/** Decimal bitfield string, default '0'. */
	permissions?: string;
	resolved?: Record<string, unknown>;
	locale?: string;
	channelId?: string;
}

export interface GatewayEvent {
	op: number;
	t?: string | null;
	d?: unknown;
	at: number;
}

export type CallbackBody = { type: number; data?: Record<string, unknown> } & Record<string, unknown>;

export interface InteractionRef {
	id: string;
	token: string;
}

export interface FakeDiscord {
	/** 'http://127.0.0.1:PORT/api' (pass as `rest.api`). */
	apiUrl: string;
	/** 'ws://127.0.0.1:PORT'. */
	gatewayUrl: string;
	/** 'http://127.0.0.1:PORT'. */
	baseUrl: string;
	token: string;
	applicationId: string;
	guildId: string;
	botUserId: string;
	/** The guild text channel interactions come from by default. */
	channelId: string;
	/** The default user who invokes interactions. */
	userId: string;
	requests: RecordedRequest[];
	/** Every payload received from clients (IDENTIFY, RESUME, heartbeats...). */
	gatewayEvents: GatewayEvent[];
	identifyCount(): number;
	resumeCount(): number;
	/** Polls (every few ms) until fn returns something truthy, and resolves with it. Default timeout 5000 ms. */
	waitFor<T>(fn: () => T | undefined | false, timeoutMs?: number): Promise<T>;
	waitForRequest(pred: (r: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest>;
	chatInput(name: string, options?: unknown[], extra?: InteractionExtra): InteractionRef;
	autocomplete(name: string, options: unknown[], extra?: InteractionExtra): InteractionRef;
	button(customId: string, extra?: InteractionExtra & { message?: Record<string, unknown> }): InteractionRef;
	/**
	 * Low level: `partial` is shallow-merged over a default guild chat-input payload (set a key to undefined to drop
	 * it). `id` and `token` are generated unless given.
	 */
	dispatchInteraction(partial: Record<string, unknown>): InteractionRef;
	/** The body of the (first) callback POST for that interaction. */
	callback(interactionId: string, timeoutMs?: number): Promise<CallbackBody>;
	/** PATCH (edits of @original or other messages) and POST (follow-ups) webhook requests for that token, in order. */
	webhookMessages(token: string): RecordedRequest[];
	/** The first PATCH/POST webhook request for that token. */
	waitForWebhookMessage(token: string, timeoutMs?: number): Promise<RecordedRequest>;
	/** Commands last registered with PUT (global when guildId is omitted). */
	registeredCommands(guildId?: string): Record<string, unknown>[];
	/** Close every client socket with that code (e.g. 4000 to force a resume). Sessions stay resumable. */
	closeGateway(code: number): void;
	/** Serves a file at http://127.0.0.1:PORT/attachments/<id>/<name> and returns that URL. */
	serveFile(name: string, body: Buffer | string, contentType?: string): string;
	close(): Promise<void>;
}

const DEFAULT_TOKEN = 'fake-token.abc.def';
const DISCORD_EPOCH = 1_420_070_400_000n;
const DEFAULT_WAIT_MS = 5_000;
const POLL_MS = 5;
/** View channel, send messages, embed links, attach files, read history, add reactions, external emojis... */
const APP_PERMISSIONS = (
	(1n << 6n) |
	(1n << 10n) |
	(1n << 11n) |
	(1n << 13n) |
	(1n << 14n) |
	(1n << 15n) |
	(1n << 16n) |
	(1n << 18n) |
	(1n << 31n) |
	(1n << 38n)
).toString();
const EVERYONE_PERMISSIONS = ((1n << 10n) | (1n << 11n) | (1n << 16n) | (1n << 31n)).toString();

const Op = {
	Dispatch: 0,
	Heartbeat: 1,
	Identify: 2,
	Resume: 6,
	Reconnect: 7,
	InvalidSession: 9,
	Hello: 10,
	HeartbeatAck: 11,
} as const;

let lastSnowflake = 0n;

/** A snowflake-like id: numeric string, unique and increasing across every fake in the process. */
export function nextSnowflake(): string {
	let id = (BigInt(Date.now()) - DISCORD_EPOCH) << 22n;
	if (id <= lastSnowflake) id = lastSnowflake + 1n;
	lastSnowflake = id;
	return id.toString();
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
	return typeof value === 'string' ? value : undefined;
}

function nowIso(): string {
	return new Date().toISOString();
}

const CONTENT_TYPES: Record<string, string> = {
	txt: 'text/plain; charset=utf-8',
	md: 'text/markdown; charset=utf-8',
	html: 'text/html; charset=utf-8',
	json: 'application/json',
	csv: 'text/csv; charset=utf-8',
	pdf: 'application/pdf',
	png: 'image/png',
	jpg: 'image/jpeg',
	jpeg: 'image/jpeg',
	gif: 'image/gif',
	webp: 'image/webp',
};

function guessContentType(name: string): string {
	const ext = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
	return CONTENT_TYPES[ext] ?? 'application/octet-stream';
}

interface Session {
	id: string;
	seq: number;
	socket: WebSocket | null;
	/** Dispatches sent in this session, replayed on RESUME. */
	log: { s: number; text: string }[];
}

interface Connection {
	socket: WebSocket;
	session: Session | null;
}

interface KnownInteraction {
	id: string;
	token: string;
	type: number;
	channelId: string;
	guildId: string | null;
	acknowledged: boolean;
	/** For component interactions: the message the component is on. */
	message: Record<string, unknown> | null;
}

interface ServedFile {
	body: Buffer;
	contentType: string;
}

interface ParsedBody {
	body: unknown;
	files: RecordedFile[];
}

interface Reply {
	status: number;
	body?: unknown;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
	const chunks: Buffer[] = [];
	for await (const chunk of req) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
	return Buffer.concat(chunks);
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}

async function parseBody(raw: Buffer, contentType: string | undefined): Promise<ParsedBody> {
	if (raw.length === 0) return { body: undefined, files: [] };
	if (contentType?.toLowerCase().startsWith('multipart/form-data')) {
		const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
		let body: unknown;
		const files: RecordedFile[] = [];
		for (const [field, value] of form.entries()) {
			if (typeof value === 'string') {
				if (field === 'payload_json') body = parseJson(value);
			} else {
				files.push({
					field,
					filename: value.name,
					contentType: value.type || guessContentType(value.name),
					data: Buffer.from(await value.arrayBuffer()),
				});
			}
		}
		return { body, files };
	}
	return { body: parseJson(raw.toString('utf8')), files: [] };
}

class FakeDiscordServer implements FakeDiscord {
	apiUrl = '';
	gatewayUrl = '';
	baseUrl = '';
	readonly token: string;
	readonly applicationId: string;
	readonly guildId: string;
	readonly botUserId: string;
	readonly channelId: string;
	readonly userId: string;
	readonly requests: RecordedRequest[] = [];
	readonly gatewayEvents: GatewayEvent[] = [];

	private readonly guildsInReady: 'none' | 'available';
	private readonly extraRoles: FakeRole[];
	private readonly heartbeatIntervalMs: number;
	private readonly ownerId = nextSnowflake();
	private readonly dmChannelId = nextSnowflake();
	private readonly server = createServer((req, res) => void this.onRequest(req, res));
	private readonly wss = new WebSocketServer({ server: this.server });
	private readonly connections = new Set<Connection>();
	private readonly sessions = new Map<string, Session>();
	private readonly interactions = new Map<string, KnownInteraction>();
	private readonly interactionsByToken = new Map<string, KnownInteraction>();
	/** Webhook messages by interaction token, then message id ('@original' for the original response). */
	private readonly webhookStore = new Map<string, Map<string, Record<string, unknown>>>();
	private readonly files = new Map<string, ServedFile>();
	private readonly commands = new Map<string, Record<string, unknown>[]>();
	private readonly commandIds = new Map<string, string>();

	constructor(options: FakeDiscordOptions) {
		this.token = options.token ?? DEFAULT_TOKEN;
		this.applicationId = options.applicationId ?? nextSnowflake();
		this.guildId = options.guildId ?? nextSnowflake();
		this.botUserId = options.botUserId ?? this.applicationId;
		this.channelId = nextSnowflake();
		this.userId = nextSnowflake();
		this.guildsInReady = options.guildsInReady ?? 'none';
		this.extraRoles = options.roles ?? [];
		this.heartbeatIntervalMs = options.heartbeatIntervalMs ?? 41_250;
		this.wss.on('connection', (socket) => this.onConnection(socket));
	}

	async listen(): Promise<void> {
		await new Promise<void>((resolve, reject) => {
			this.server.once('error', reject);
			this.server.listen(0, '127.0.0.1', () => {
				this.server.off('error', reject);
				resolve();
			});
		});
		const { port } = this.server.address() as AddressInfo;
		this.baseUrl = `http://127.0.0.1:${port}`;
		this.apiUrl = `${this.baseUrl}/api`;
		this.gatewayUrl = `ws://127.0.0.1:${port}`;
	}

	// ---------------------------------------------------------------- queries

	identifyCount(): number {
		return this.gatewayEvents.filter((e) => e.op === Op.Identify).length;
	}

	resumeCount(): number {
		return this.gatewayEvents.filter((e) => e.op === Op.Resume).length;
	}

	waitFor<T>(fn: () => T | undefined | false, timeoutMs = DEFAULT_WAIT_MS): Promise<T> {
		return new Promise<T>((resolve, reject) => {
			const deadline = performance.now() + timeoutMs;
			const tick = (): void => {
				let value: T | undefined | false;
				try {
					value = fn();
				} catch (error) {
					reject(error);
					return;
				}
				if (value) {
					resolve(value);
				} else if (performance.now() >= deadline) {
					reject(new Error(`fake-discord: waitFor timed out after ${timeoutMs} ms`));
				} else {
					setTimeout(tick, POLL_MS);
				}
			};
			tick();
		});
	}

	waitForRequest(pred: (r: RecordedRequest) => boolean, timeoutMs = DEFAULT_WAIT_MS): Promise<RecordedRequest> {
		return this.waitFor(() => this.requests.find(pred), timeoutMs).catch((error: unknown) => {
			throw new Error(`fake-discord: no matching request within ${timeoutMs} ms; got:\n${this.describeRequests()}`, {
				cause: error,
			});
		});
	}

	async callback(interactionId: string, timeoutMs = DEFAULT_WAIT_MS): Promise<CallbackBody> {
		const prefix = `/api/v10/interactions/${interactionId}/`;
		const request = await this.waitForRequest(
			(r) => r.method === 'POST' && r.path.startsWith(prefix) && r.path.endsWith('/callback'),
			timeoutMs,
		);
		const body = request.body;
		if (!isRecord(body) || typeof body.type !== 'number') {
			throw new Error(`fake-discord: callback body for ${interactionId} is not {type}: ${JSON.stringify(body)}`);
		}
		const { data, ...rest } = body;
		const result: CallbackBody = { ...rest, type: body.type };
		if (isRecord(data)) result.data = data;
		return result;
	}

	webhookMessages(token: string): RecordedRequest[] {
		const base = `/api/v10/webhooks/${this.applicationId}/${token}`;
		return this.requests.filter(
			(r) =>
				(r.method === 'POST' && r.path === base) || (r.method === 'PATCH' && r.path.startsWith(`${base}/messages/`)),
		);
	}

	waitForWebhookMessage(token: string, timeoutMs = DEFAULT_WAIT_MS): Promise<RecordedRequest> {
		return this.waitFor(() => this.webhookMessages(token)[0], timeoutMs).catch((error: unknown) => {
			throw new Error(
				`fake-discord: no webhook message for token within ${timeoutMs} ms; got:\n${this.describeRequests()}`,
				{
					cause: error,
				},
			);
		});
	}

	registeredCommands(guildId?: string): Record<string, unknown>[] {
		return this.commands.get(guildId ?? '') ?? [];
	}

	private describeRequests(): string {
		return this.requests.map((r) => `  ${r.method} ${r.path} -> ${r.status}`).join('\n') || '  (none)';
	}

	// ---------------------------------------------------------------- interactions

	chatInput(name: string, options: unknown[] = [], extra: InteractionExtra = {}): InteractionRef {
		const data: Record<string, unknown> = { id: this.commandId(name), name, type: 1, options };
		if (extra.resolved) data.resolved = extra.resolved;
		return this.sendInteraction(this.interactionPayload(2, data, extra));
	}

	autocomplete(name: string, options: unknown[], extra: InteractionExtra = {}): InteractionRef {
		const data: Record<string, unknown> = { id: this.commandId(name), name, type: 1, options };
		if (extra.resolved) data.resolved = extra.resolved;
		return this.sendInteraction(this.interactionPayload(4, data, extra));
	}

	button(customId: string, extra: InteractionExtra & { message?: Record<string, unknown> } = {}): InteractionRef {
		const payload = this.interactionPayload(3, { custom_id: customId, component_type: 2 }, extra);
		const guildId = extra.guildId === undefined ? this.guildId : extra.guildId;
		const channelId = str(payload.channel_id) ?? this.channelId;
		const message: Record<string, unknown> = {
			...this.messageObject(nextSnowflake(), channelId, guildId, {
				content: 'A message with a button.',
				components: [
					{ type: 1, id: 1, components: [{ type: 2, id: 2, style: 1, label: 'Button', custom_id: customId }] },
				],
			}),
			...extra.message,
		};
		payload.message = message;
		return this.sendInteraction(payload);
	}

	dispatchInteraction(partial: Record<string, unknown>): InteractionRef {
		return this.sendInteraction({
			...this.interactionPayload(2, { id: this.commandId('command'), name: 'command', type: 1, options: [] }, {}),
			...partial,
		});
	}

	/** Registers the interaction (for callback/webhook routes) and dispatches it on every live session. */
	private sendInteraction(payload: Record<string, unknown>): InteractionRef {
		const id = str(payload.id) ?? nextSnowflake();
		const token = str(payload.token) ?? `fake-interaction-token-${id}-${randomBytes(12).toString('hex')}`;
		payload.id = id;
		payload.token = token;
		const known: KnownInteraction = {
			id,
			token,
			type: typeof payload.type === 'number' ? payload.type : 2,
			channelId: str(payload.channel_id) ?? this.channelId,
			guildId: str(payload.guild_id) ?? null,
			acknowledged: false,
			message: isRecord(payload.message) ? payload.message : null,
		};
		this.interactions.set(id, known);
		this.interactionsByToken.set(token, known);
		for (const session of this.sessions.values()) this.dispatch(session, 'INTERACTION_CREATE', payload);
		return { id, token };
	}

	private commandId(name: string): string {
		for (const list of this.commands.values()) {
			const found = list.find((c) => c.name === name);
			const id = found ? str(found.id) : undefined;
			if (id) return id;
		}
		let id = this.commandIds.get(name);
		if (!id) {
			id = nextSnowflake();
			this.commandIds.set(name, id);
		}
		return id;
	}

	private userObject(id: string, username: string): Record<string, unknown> {
		return {
			id,
			username,
			discriminator: '0',
			global_name: username,
			avatar: null,
			avatar_decoration_data: null,
			public_flags: 0,
			primary_guild: null,
			collectibles: null,
			clan: null,
		};
	}

	private botUser(): Record<string, unknown> {
		return {
			id: this.botUserId,
			username: 'story-bot',
			discriminator: '0',
			global_name: null,
			avatar: null,
			bot: true,
			public_flags: 0,
			flags: 0,
			verified: true,
			mfa_enabled: false,
		};
	}

	private memberObject(user: Record<string, unknown>, roles: string[], permissions?: string): Record<string, unknown> {
		const member: Record<string, unknown> = {
			user,
			roles,
			joined_at: '2024-01-01T00:00:00.000000+00:00',
			deaf: false,
			mute: false,
			flags: 0,
			nick: null,
			avatar: null,
			banner: null,
			premium_since: null,
			pending: false,
			communication_disabled_until: null,
			unusual_dm_activity_until: null,
		};
		if (permissions !== undefined) member.permissions = permissions;
		return member;
	}

	private interactionPayload(
		type: number,
		data: Record<string, unknown>,
		extra: InteractionExtra,
	): Record<string, unknown> {
		const guildId = extra.guildId === undefined ? this.guildId : extra.guildId;
		const user = this.userObject(extra.userId ?? this.userId, extra.username ?? 'tester');
		const locale = extra.locale ?? 'en-US';
		const permissions = extra.permissions ?? '0';
		const base: Record<string, unknown> = {
			id: nextSnowflake(),
			application_id: this.applicationId,
			type,
			version: 1,
			locale,
			app_permissions: APP_PERMISSIONS,
			entitlements: [],
			entitlement_sku_ids: [],
			attachment_size_limit: 10_485_760,
			data,
		};
		if (guildId === null) {
			const channelId = extra.channelId ?? this.dmChannelId;
			base.channel_id = channelId;
			base.channel = { id: channelId, type: 1, flags: 0, last_message_id: null, recipients: [user] };
			base.user = user;
			base.context = 1;
			base.authorizing_integration_owners = { '0': '0' };
		} else {
			const channelId = extra.channelId ?? this.channelId;
			base.guild_id = guildId;
			base.guild = { id: guildId, locale: 'en-US', features: [] };
			base.guild_locale = 'en-US';
			base.channel_id = channelId;
			base.channel = {
				id: channelId,
				type: 0,
				guild_id: guildId,
				name: 'general',
				position: 0,
				parent_id: null,
				topic: null,
				nsfw: false,
				last_message_id: null,
				rate_limit_per_user: 0,
				flags: 0,
				permissions,
			};
			base.member = this.memberObject(user, extra.roles ?? [], permissions);
			base.context = 0;
			base.authorizing_integration_owners = { '0': guildId };
		}
		return base;
	}

	// ---------------------------------------------------------------- gateway

	closeGateway(code: number): void {
		for (const conn of this.connections) {
			if (conn.session && conn.session.socket === conn.socket) conn.session.socket = null;
			conn.session = null;
			if (conn.socket.readyState === WebSocket.OPEN || conn.socket.readyState === WebSocket.CONNECTING) {
				conn.socket.close(code, 'fake-discord closeGateway');
			}
		}
	}

	private onConnection(socket: WebSocket): void {
		const conn: Connection = { socket, session: null };
		this.connections.add(conn);
		socket.on('message', (raw, isBinary) => this.onGatewayMessage(conn, raw, isBinary));
		socket.on('close', (code) => {
			this.connections.delete(conn);
			const session = conn.session;
			if (!session) return;
			if (session.socket === socket) session.socket = null;
			// A client closing with 1000/1001 ends its session (as on Discord); other codes (e.g. discord.js's 4200) keep it.
			if (code === 1000 || code === 1001) this.sessions.delete(session.id);
		});
		socket.on('error', () => {});
		this.send(socket, { op: Op.Hello, d: { heartbeat_interval: this.heartbeatIntervalMs, _trace: ['fake-discord'] } });
	}

	private send(socket: WebSocket, payload: Record<string, unknown>): void {
		if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify({ s: null, t: null, ...payload }));
	}

	private dispatch(session: Session, t: string, d: unknown): void {
		session.seq += 1;
		const text = JSON.stringify({ op: Op.Dispatch, t, s: session.seq, d });
		session.log.push({ s: session.seq, text });
		if (session.log.length > 1000) session.log.shift();
		if (session.socket?.readyState === WebSocket.OPEN) session.socket.send(text);
	}

	private onGatewayMessage(conn: Connection, raw: RawData, isBinary: boolean): void {
		if (isBinary) {
			conn.socket.close(4002, 'Error while decoding payload.');
			return;
		}
		const text = Array.isArray(raw)
			? Buffer.concat(raw).toString('utf8')
			: raw instanceof ArrayBuffer
				? Buffer.from(raw).toString('utf8')
				: raw.toString('utf8');
		let payload: unknown;
		try {
			payload = JSON.parse(text);
		} catch {
			conn.socket.close(4002, 'Error while decoding payload.');
			return;
		}
		if (!isRecord(payload) || typeof payload.op !== 'number') {
			conn.socket.close(4002, 'Error while decoding payload.');
			return;
		}
		const t = payload.t;
		this.gatewayEvents.push({
			op: payload.op,
			t: typeof t === 'string' || t === null ? t : undefined,
			d: payload.d,
			at: performance.now(),
		});
		const d = isRecord(payload.d) ? payload.d : {};
		switch (payload.op) {
			case Op.Heartbeat:
				this.send(conn.socket, { op: Op.HeartbeatAck });
				return;
			case Op.Identify:
				this.onIdentify(conn, d);
				return;
			case Op.Resume:
				this.onResume(conn, d);
				return;
			default:
				if (!conn.session) conn.socket.close(4003, 'Not authenticated.');
		}
	}

	/** Closes the socket as Discord would when it is already identified or the token is wrong. */
	private refuse(conn: Connection, d: Record<string, unknown>): boolean {
		if (conn.session) conn.socket.close(4005, 'Already authenticated.');
		else if (d.token !== this.token) conn.socket.close(4004, 'Authentication failed.');
		else return false;
		return true;
	}

	private onIdentify(conn: Connection, d: Record<string, unknown>): void {
		if (this.refuse(conn, d)) return;
		const session: Session = { id: randomBytes(16).toString('hex'), seq: 0, socket: conn.socket, log: [] };
		this.sessions.set(session.id, session);
		conn.session = session;
		const available = this.guildsInReady === 'available';
		this.dispatch(session, 'READY', {
			v: 10,
			user: this.botUser(),
			guilds: available ? [{ id: this.guildId, unavailable: true }] : [],
			session_id: session.id,
			session_type: 'normal',
			resume_gateway_url: this.gatewayUrl,
			shard: [0, 1],
			application: { id: this.applicationId, flags: 0 },
			private_channels: [],
			presences: [],
			relationships: [],
			guild_join_requests: [],
			user_settings: {},
			geo_ordered_rtc_regions: [],
			auth: {},
			_trace: ['fake-discord'],
		});
		if (available) this.dispatch(session, 'GUILD_CREATE', this.guildCreatePayload());
	}

	private onResume(conn: Connection, d: Record<string, unknown>): void {
		if (this.refuse(conn, d)) return;
		const sessionId = str(d.session_id);
		const session = sessionId ? this.sessions.get(sessionId) : undefined;
		if (!session) {
			this.send(conn.socket, { op: Op.InvalidSession, d: false });
			return;
		}
		if (session.socket && session.socket !== conn.socket) session.socket.close(4000, 'Session resumed elsewhere');
		session.socket = conn.socket;
		conn.session = session;
		const seq = typeof d.seq === 'number' ? d.seq : 0;
		for (const entry of session.log) if (entry.s > seq) conn.socket.send(entry.text);
		this.dispatch(session, 'RESUMED', {});
	}

	private guildCreatePayload(): Record<string, unknown> {
		const role = (id: string, name: string, permissions: string, position: number): Record<string, unknown> => ({
			id,
			name,
			description: null,
			permissions,
			position,
			color: 0,
			colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
			hoist: false,
			managed: false,
			mentionable: false,
			icon: null,
			unicode_emoji: null,
			flags: 0,
		});
		const channel = (id: string, name: string, position: number): Record<string, unknown> => ({
			id,
			type: 0,
			guild_id: this.guildId,
			name,
			position,
			permission_overwrites: [],
			parent_id: null,
			topic: null,
			nsfw: false,
			last_message_id: null,
			rate_limit_per_user: 0,
			flags: 0,
		});
		return {
			id: this.guildId,
			name: 'Fake Guild',
			icon: null,
			icon_hash: null,
			splash: null,
			discovery_splash: null,
			banner: null,
			description: null,
			owner_id: this.ownerId,
			application_id: null,
			afk_channel_id: null,
			afk_timeout: 300,
			widget_enabled: false,
			widget_channel_id: null,
			verification_level: 0,
			default_message_notifications: 0,
			explicit_content_filter: 0,
			mfa_level: 0,
			nsfw_level: 0,
			premium_tier: 0,
			premium_subscription_count: 0,
			premium_progress_bar_enabled: false,
			system_channel_id: this.channelId,
			system_channel_flags: 0,
			rules_channel_id: null,
			public_updates_channel_id: null,
			safety_alerts_channel_id: null,
			vanity_url_code: null,
			preferred_locale: 'en-US',
			max_members: 500_000,
			max_video_channel_users: 25,
			max_stage_video_channel_users: 50,
			features: [],
			incidents_data: null,
			joined_at: '2024-01-01T00:00:00.000000+00:00',
			large: false,
			unavailable: false,
			lazy: true,
			member_count: 2,
			roles: [
				role(this.guildId, '@everyone', EVERYONE_PERMISSIONS, 0),
				...this.extraRoles.map((r, i) => role(r.id, r.name, r.permissions ?? '0', i + 1)),
			],
			channels: [channel(this.channelId, 'general', 0)],
			threads: [],
			// Discord always includes the bot's own member, so guild.members.me works.
			members: [this.memberObject(this.botUser(), [])],
			presences: [],
			voice_states: [],
			emojis: [],
			stickers: [],
			stage_instances: [],
			guild_scheduled_events: [],
			soundboard_sounds: [],
			embedded_activities: [],
			activity_instances: [],
			version: Date.now(),
		};
	}

	// ---------------------------------------------------------------- files

	serveFile(name: string, body: Buffer | string, contentType?: string): string {
		const id = nextSnowflake();
		const key = `${id}/${name}`;
		this.files.set(key, {
			body: typeof body === 'string' ? Buffer.from(body, 'utf8') : body,
			contentType: contentType ?? guessContentType(name),
		});
		return `${this.baseUrl}/attachments/${id}/${encodeURIComponent(name)}`;
	}

	// ---------------------------------------------------------------- REST

	private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const at = performance.now();
		const url = new URL(req.url ?? '/', this.baseUrl);
		let path = url.pathname;
		try {
			path = decodeURIComponent(url.pathname);
		} catch {
			// keep the raw path
		}
		const method = (req.method ?? 'GET').toUpperCase();
		let reply: Reply;
		let parsed: ParsedBody = { body: undefined, files: [] };
		let rawResponse: { body: Buffer; contentType: string } | null = null;
		try {
			parsed = await parseBody(await readBody(req), req.headers['content-type']);
			const file = method === 'GET' || method === 'HEAD' ? this.matchFile(path) : undefined;
			if (file) {
				reply = { status: 200 };
				rawResponse = { body: file.body, contentType: file.contentType };
			} else {
				reply = this.route(method, path, url.searchParams, req.headers, parsed);
			}
		} catch (error) {
			reply = { status: 500, body: { message: `fake-discord error: ${String(error)}`, code: 0 } };
		}
		this.requests.push({
			method,
			path,
			query: url.searchParams,
			headers: req.headers,
			body: parsed.body,
			files: parsed.files,
			status: reply.status,
			at,
		});
		if (rawResponse) {
			res.writeHead(200, { 'content-type': rawResponse.contentType, 'content-length': rawResponse.body.length });
			res.end(method === 'HEAD' ? undefined : rawResponse.body);
		} else if (reply.body === undefined) {
			res.writeHead(reply.status);
			res.end();
		} else {
			const text = JSON.stringify(reply.body);
			res.writeHead(reply.status, {
				'content-type': 'application/json',
				'content-length': Buffer.byteLength(text),
			});
			res.end(text);
		}
	}

	private matchFile(path: string): ServedFile | undefined {
		const prefix = '/attachments/';
		return path.startsWith(prefix) ? this.files.get(path.slice(prefix.length)) : undefined;
	}

	private route(
		method: string,
		path: string,
		query: URLSearchParams,
		headers: IncomingHttpHeaders,
		parsed: ParsedBody,
	): Reply {
		const notFound: Reply = { status: 404, body: { message: '404: Not Found', code: 0 } };
		const prefix = '/api/v10/';
		if (!path.startsWith(prefix)) return notFound;
		const parts = path.slice(prefix.length).split('/');
		const authorized = headers.authorization === `Bot ${this.token}`;
		const unauthorized: Reply = { status: 401, body: { message: '401: Unauthorized', code: 0 } };
		const body = parsed.body;
		const [p0, p1, p2, p3, p4] = parts;
		const n = parts.length;

		if (p0 === 'gateway' && n === 2 && p1 === 'bot' && method === 'GET') {
			if (!authorized) return unauthorized;
			return {
				status: 200,
				body: {
					url: this.gatewayUrl,
					shards: 1,
					session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
				},
			};
		}
		if (p0 === 'gateway' && n === 1 && method === 'GET') return { status: 200, body: { url: this.gatewayUrl } };
		if (p0 === 'users' && n === 2 && p1 === '@me' && method === 'GET') {
			return authorized ? { status: 200, body: this.botUser() } : unauthorized;
		}
		if (p0 === 'applications' && n === 2 && p1 === '@me' && method === 'GET') {
			return authorized ? { status: 200, body: this.applicationObject() } : unauthorized;
		}
		if (p0 === 'applications' && p1 === this.applicationId && p1 !== undefined) {
			let scope: string | undefined;
			if (n === 3 && p2 === 'commands') scope = '';
			else if (n === 5 && p2 === 'guilds' && p4 === 'commands' && p3) scope = p3;
			if (scope !== undefined) {
				if (!authorized) return unauthorized;
				if (method === 'GET') return { status: 200, body: this.registeredCommands(scope || undefined) };
				if (method === 'PUT') return this.putCommands(scope, body);
			}
			return notFound;
		}
		if (p0 === 'interactions' && n === 4 && p3 === 'callback' && method === 'POST' && p1 && p2) {
			return this.interactionCallback(p1, p2, query, body, parsed.files);
		}
		if (p0 === 'webhooks' && p1 === this.applicationId && p2) {
			const known = this.interactionsByToken.get(p2);
			if (!known) return { status: 404, body: { message: 'Unknown Webhook', code: 10015 } };
			if (n === 3 && method === 'POST') {
				const message = this.storeMessage(known, nextSnowflake(), body, parsed.files, false);
				return { status: 200, body: message };
			}
			if (n === 5 && p3 === 'messages' && p4) {
				const existing = this.webhookStore.get(p2)?.get(p4);
				if (method === 'PATCH') {
					if (p4 !== '@original' && !existing)
						return { status: 404, body: { message: 'Unknown Message', code: 10008 } };
					return { status: 200, body: this.storeMessage(known, p4, body, parsed.files, true) };
				}
				if (!existing) return { status: 404, body: { message: 'Unknown Message', code: 10008 } };
				if (method === 'GET') return { status: 200, body: existing };
				if (method === 'DELETE') {
					this.webhookStore.get(p2)?.delete(p4);
					return { status: 204 };
				}
			}
			return notFound;
		}
		return notFound;
	}

	private applicationObject(): Record<string, unknown> {
		return {
			id: this.applicationId,
			name: 'story-bot',
			icon: null,
			description: '',
			summary: '',
			type: null,
			bot: this.botUser(),
			is_monetized: false,
			is_verified: false,
			is_discoverable: false,
			bot_public: true,
			bot_require_code_grant: false,
			verify_key: '0'.repeat(64),
			flags: 0,
			hook: true,
			team: null,
			owner: this.userObject(this.ownerId, 'owner'),
			approximate_guild_count: 1,
			approximate_user_install_count: 0,
			interactions_endpoint_url: null,
			role_connections_verification_url: null,
			event_webhooks_url: null,
			event_webhooks_status: 1,
			tags: [],
			install_params: { scopes: ['bot', 'applications.commands'], permissions: APP_PERMISSIONS },
			integration_types_config: { '0': {} },
			redirect_uris: [],
		};
	}

	private putCommands(scope: string, body: unknown): Reply {
		if (!Array.isArray(body)) return { status: 400, body: { message: 'Invalid Form Body', code: 50035 } };
		const previous = this.commands.get(scope) ?? [];
		const saved = body.map((raw: unknown): Record<string, unknown> => {
			const c = isRecord(raw) ? raw : {};
			const type = typeof c.type === 'number' ? c.type : 1;
			const old = previous.find((p) => p.name === c.name && p.type === type);
			const command: Record<string, unknown> = {
				id: (old && str(old.id)) ?? nextSnowflake(),
				application_id: this.applicationId,
				version: nextSnowflake(),
				default_member_permissions: null,
				type,
				name: c.name,
				name_localizations: null,
				description: c.description ?? '',
				description_localizations: null,
				dm_permission: true,
				contexts: null,
				integration_types: [0],
				nsfw: false,
				...c,
			};
			if (scope) command.guild_id = scope;
			return command;
		});
		this.commands.set(scope, saved);
		return { status: 200, body: saved };
	}

	private interactionCallback(
		id: string,
		token: string,
		query: URLSearchParams,
		body: unknown,
		files: RecordedFile[],
	): Reply {
		const known = this.interactions.get(id);
		if (!known || known.token !== token) return { status: 404, body: { message: 'Unknown interaction', code: 10062 } };
		if (known.acknowledged) {
			return { status: 400, body: { message: 'Interaction has already been acknowledged.', code: 40060 } };
		}
		if (!isRecord(body) || typeof body.type !== 'number') {
			return { status: 400, body: { message: 'Invalid Form Body', code: 50035 } };
		}
		known.acknowledged = true;
		const data = isRecord(body.data) ? body.data : {};
		let message: Record<string, unknown> | undefined;
		switch (body.type) {
			case 4: // CHANNEL_MESSAGE_WITH_SOURCE
				message = this.storeMessage(known, '@original', data, files, false);
				break;
			case 5: {
				// DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE: a "thinking..." message (flag 128 = LOADING)
				const flags = (typeof data.flags === 'number' ? data.flags : 0) | 128;
				message = this.storeMessage(known, '@original', { content: '', flags }, [], false);
				break;
			}
			case 6: // DEFERRED_UPDATE_MESSAGE
			case 7: // UPDATE_MESSAGE
				if (known.message) {
					const messageId = str(known.message.id) ?? nextSnowflake();
					this.messagesFor(token).set('@original', { ...known.message, id: messageId });
					message = this.storeMessage(known, '@original', body.type === 7 ? data : {}, files, body.type === 7);
				}
				break;
			default:
				break;
		}
		if (query.get('with_response') !== 'true') return { status: 204 };
		const resource: Record<string, unknown> = { type: body.type };
		if (message) resource.message = message;
		const flags = message && typeof message.flags === 'number' ? message.flags : 0;
		return {
			status: 200,
			body: {
				interaction: {
					id,
					type: known.type,
					response_message_id: message?.id ?? null,
					response_message_loading: message ? (flags & 128) !== 0 : null,
					response_message_ephemeral: message ? (flags & 64) !== 0 : null,
				},
				resource,
			},
		};
	}

	private messagesFor(token: string): Map<string, Record<string, unknown>> {
		let map = this.webhookStore.get(token);
		if (!map) {
			map = new Map();
			this.webhookStore.set(token, map);
		}
		return map;
	}

	/** Creates or edits (merging) a webhook message for an interaction token and returns the message object. */
	private storeMessage(
		known: KnownInteraction,
		key: string,
		body: unknown,
		files: RecordedFile[],
		edit: boolean,
	): Record<string, unknown> {
		const map = this.messagesFor(known.token);
		const existing = map.get(key);
		const patch = isRecord(body) ? body : {};
		const base =
			existing ?? this.messageObject(key === '@original' ? nextSnowflake() : key, known.channelId, known.guildId, {});
		const message: Record<string, unknown> = { ...base };
		for (const field of ['content', 'embeds', 'components', 'flags', 'tts', 'poll'] as const) {
			if (field in patch) message[field] = patch[field];
		}
		if (existing && key === '@original' && typeof existing.flags === 'number' && 'content' in patch) {
			// Editing a deferred reply clears the LOADING flag.
			message.flags = (typeof message.flags === 'number' ? message.flags : 0) & ~128;
		}
		const uploaded = files.map((f) => {
			const url = this.serveFile(f.filename, f.data, f.contentType);
			const attachmentId = url.split('/').at(-2) ?? nextSnowflake();
			return {
				id: attachmentId,
				filename: f.filename,
				size: f.data.length,
				url,
				proxy_url: url,
				content_type: f.contentType,
			};
		});
		if (uploaded.length > 0 || 'attachments' in patch) {
			// discord.js lists the attachments to keep (existing ids) and the new uploads (ids 0..n) in `attachments`.
			const keepIds = new Set(
				(Array.isArray(patch.attachments) ? patch.attachments : []).map((a: unknown) =>
					String(isRecord(a) ? a.id : ''),
				),
			);
			const previous = Array.isArray(message.attachments) ? message.attachments : [];
			const kept =
				'attachments' in patch ? previous.filter((a: unknown) => isRecord(a) && keepIds.has(String(a.id))) : previous;
			message.attachments = [...kept, ...uploaded];
		}
		if (edit && existing) message.edited_timestamp = nowIso();
		map.set(key, message);
		return message;
	}

	private messageObject(
		id: string,
		channelId: string,
		guildId: string | null,
		fields: Record<string, unknown>,
	): Record<string, unknown> {
		const message: Record<string, unknown> = {
			id,
			channel_id: channelId,
			content: '',
			embeds: [],
			components: [],
			flags: 0,
			author: {
				id: this.botUserId,
				username: 'story-bot',
				discriminator: '0',
				global_name: null,
				avatar: null,
				bot: true,
				public_flags: 0,
			},
			timestamp: nowIso(),
			edited_timestamp: null,
			tts: false,
			mention_everyone: false,
			mentions: [],
			mention_roles: [],
			mention_channels: [],
			attachments: [],
			pinned: false,
			type: 0,
			webhook_id: this.applicationId,
			application_id: this.applicationId,
			...fields,
		};
		if (guildId) message.guild_id = guildId;
		return message;
	}

	// ---------------------------------------------------------------- shutdown

	async close(): Promise<void> {
		for (const conn of this.connections) conn.socket.terminate();
		this.connections.clear();
		this.sessions.clear();
		await new Promise<void>((resolve) => this.wss.close(() => resolve()));
		this.server.closeAllConnections();
		await new Promise<void>((resolve) => this.server.close(() => resolve()));
	}
}

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
	const fake = new FakeDiscordServer(options);
	await fake.listen();
	return fake;
}
