// Generated from the service's OpenAPI document by `npm run web:api-types`. Do not edit by hand.

export interface paths {
    "/api/v1/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alerts at the points you can see, most severe first
         * @description Types: lot_expiring, expired_on_hand, obsolete_edition (and later stockout, below_min, shipment_overdue, request_overdue). An alert resolves itself when its condition clears. `?format=csv|xlsx`: every alert matching the filters, Indonesian headers.
         */
        get: operations["AlertsController_list_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alerts/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Acknowledge an alert (it stays until its condition clears; it reopens if it becomes more severe) */
        post: operations["AlertsController_acknowledge_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Administrative changes, newest first: users, points, products, stock levels (administrators) */
        get: operations["AuditController_list_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in: a bearer token, and a device session whose refresh token keeps the device logged in
         * @description Failed attempts are limited per username and client address, and per username from all addresses; successful logins are never counted (429 with Retry-After). Every login opens a device session (optionally labelled with `deviceName`): keep `refreshToken` on the device and exchange it at POST /auth/refresh when the access token expires. The session ends on logout, when revoked (DELETE /sessions/{id}), after DEVICE_SESSION_IDLE_DAYS without a refresh, when the password changes, or when the account is deactivated.
         */
        post: operations["AuthController_login_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ends the caller's device session: its refresh token and access tokens stop working */
        post: operations["AuthController_logout_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The logged-in user with role and scope */
        get: operations["AuthController_me_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your own password
         * @description Any user, with their current password. Every token issued before stops working, this one included: log in again with the new password. Administrators and district officers reset other users' passwords with PATCH /users/{id}.
         */
        post: operations["AuthController_changePassword_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A new access token for a device session
         * @description The refresh token is not rotated: the same one keeps working (a phone that lost an answer can retry). 401 SESSION_REVOKED (logged out, revoked, password changed, account deactivated) or SESSION_EXPIRED (unused for DEVICE_SESSION_IDLE_DAYS) means: log in again. Records captured offline stay on the device meanwhile.
         */
        post: operations["AuthController_refresh_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your device sessions, active first (`current` marks the one making this request) */
        get: operations["AuthController_mySessions_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The district workspace at a glance: points out of stock, below minimum, above maximum; lots expiring in 30/60/90 days; requests waiting; overdue shipments; open alerts
         * @description For everything in your scope (an administrator: the country, one row per province), a province (one row per regency) or a regency. Each figure counts what the matching list answers: GET /shortages?status=, /expiries?status=expiring&withinDays=, /resupply-requests?role=requester&status=submitted, /alerts?status=open(&type=shipment_overdue), /data-quality/flags?status=open, with the same regencyCode or provinceCode.
         */
        get: operations["DashboardController_get_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-quality/flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Data-quality flags for review: figures that look over-reported or double-counted, with the numbers that raised them
         * @description Kinds (docs/data-quality.md): above_contact_cap, repeated_tally, month_end_round_numbers, distribution_spike, backdated_burst, stock_not_moving. Never a block: a flag asks a district officer to look. District officers see their regencies. `?format=csv|xlsx`: every flag matching the filters, Indonesian headers.
         */
        get: operations["DataQualityController_list_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-quality/flags/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a flag reviewed, with what the review found (once; a review is kept as it is) */
        post: operations["DataQualityController_review_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-quality/scan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run the data-quality scan now (it also runs in the daily scan) for a month, or the current and the previous month */
        post: operations["DataQualityController_scan_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/expiries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Expired and expiring stock per point and lot, with how much will expire before it is used
         * @description Days are counted from each point's local date. quantityAtRisk walks the point's usable lots in FEFO order at its consumption rate (last 90 days of distribution and supply to the points it feeds): what is left of a lot on its expiry date. `?format=csv` answers every matching row as CSV with a header row, `?format=xlsx` as a workbook: streamed, with no cap on the rows.
         */
        get: operations["ExpiriesController_report_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/expiries/redistribution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where to move stock that would expire before it is used, so it is used in time
         * @description For each lot at risk, points of the same regency or supply chain whose consumption would use it before expiry (after their own stock expiring no later), with quantities; restricted products only to points that may hold them. Each suggestion carries a shipment body: add an `id` and POST it to /api/v1/shipments. `?format=csv|xlsx`: every suggestion, Indonesian headers.
         */
        get: operations["ExpiriesController_redistribution_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/expiries/scan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run the expiry scan now (it also runs on a schedule): raises, refreshes and resolves expiry alerts */
        post: operations["ExpiriesController_scan_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lots (product, lot number, expiry, funding source), which are the same everywhere */
        get: operations["StockController_lots_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/month-closings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Closed months that apply to the points you can see, latest first */
        get: operations["MonthClosingsController_list_v1"];
        put?: never;
        /**
         * Close a month for a regency or one point
         * @description After the monthly report: nothing may be dated in the closed month or before it any more (MONTH_CLOSED); a correction is recorded dated today, a reversal naming the old movement. Only a month that has ended in the regency's local time can be closed (MONTH_NOT_OVER). Closings are permanent.
         */
        post: operations["MonthClosingsController_close_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/movements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One movement with the lines actually applied */
        get: operations["StockController_get_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/movements/{id}/documents/destruction.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Destruction record (Berita Acara Pemusnahan) of a sharps destruction: full containers destroyed, where, when and how */
        get: operations["DocumentsController_destruction_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/movements/{id}/documents/stock-count.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stock count minutes (Berita Acara stok opname) of a stock count: recorded, counted, difference and reason per lot */
        get: operations["DocumentsController_stockCount_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your notifications, newest first, with how many are unread
         * @description Kinds: request_submitted (to the supplier and the district office), request_approved / request_rejected / request_shipped (to the requester and the requesting point), shipment_sent (to the receiving point), stockout (to the point and its district office), lot_expiring (stock expiring within 30 days, to the point), month_closing (the monthly report is due and the month is not closed, to the district office). Everyone reads only their own.
         */
        get: operations["NotificationsController_list_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark notifications read: some (`ids`) or all up to one (`upTo`); marking again changes nothing */
        post: operations["NotificationsController_read_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of your notifications are unread (the bell) */
        get: operations["NotificationsController_unread_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outreach-shifts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Outreach shifts, newest first: open ones with the ledger's figures as they stand, closed ones with their reconciliation
         * @description Shifts whose kit or issuing point you can see. `withDifferences=true`: closed shifts whose count differed from the ledger.
         */
        get: operations["OutreachShiftsController_list_v1"];
        put?: never;
        /**
         * Start an outreach shift: the bag's contents issued from the kit's supplier to the officer's kit, in one step
         * @description A shipment from the supplier to the kit, received at once (earliest-expiring usable lots first), and the shift record with what the kit already held. The supplier's staff (or the district office) start it; one open shift per kit (SHIFT_ALREADY_OPEN). Prefill the bag from the kit's last shift (GET /outreach-shifts?kitPointId=&limit=1). `remainder`: at the close what is left goes back to the point (return) or stays in the kit (keep). Idempotent by `id` (`Idempotent-Replayed: true`). Definitions: docs/outreach-shifts.md.
         */
        post: operations["OutreachShiftsController_start_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outreach-shifts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One outreach shift with its products: issued, handed out, expected, and at the close counted and explained */
        get: operations["OutreachShiftsController_get_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outreach-shifts/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close an outreach shift: what is left in the bag, counted, and what explains a difference from the ledger
         * @description Every product of the bag once. Fewer than expected: `unrecorded` (handed out but not recorded: a distribution), `lost`, `damaged` (adjustments), together the whole difference; more than expected: `found` (a recorded hand-out that did not happen). Otherwise SHIFT_DIFFERENCE_UNEXPLAINED with what each product expects. Then the remainder goes back to the issuing point or stays in the kit, as chosen at the start. Send the phone's pending records first: the count is compared with what the server has. The kit's officer or the issuing point's staff close it; idempotent by `id`.
         */
        post: operations["OutreachShiftsController_close_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outreach-shifts/totals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Per officer (kit) and product: closed shifts, issued, handed out, not recorded, lost, damaged, found and returned, and the shifts open now
         * @description Over closed shifts started in the local months `from`..`to`. Counts only. `?format=csv|xlsx`, Indonesian headers.
         */
        get: operations["OutreachShiftsController_totals_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Distribution points you can see: all for administrators, your regencies for district officers, your own points otherwise */
        get: operations["PointsController_list_v1"];
        put?: never;
        /** Create a point (administrators anywhere, district officers in their regencies) */
        post: operations["PointsController_create_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/points/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One distribution point (404 when it is outside your scope) */
        get: operations["PointsController_get_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a point; deactivate with active=false (points are never deleted) */
        patch: operations["PointsController_update_v1"];
        trace?: never;
    };
    "/api/v1/points/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Monthly consumption and month-end stock of one product at a point, with its stock-out periods (for charts next to the AMC and the min/max levels of GET /points/{id}/stock-status) */
        get: operations["ShortagesController_pointHistory_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/points/{id}/recipients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The active points this point supplies (where its staff may send shipments along the supply chain), for anyone who can see the point */
        get: operations["PointsController_recipients_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/points/{id}/resupply-suggestion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lines pre-filled with the point's suggested resupply quantities (shortfall figures), for a new request */
        get: operations["ResupplyController_suggestion_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/points/{id}/stock-levels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Minimum and maximum months of stock per product at a point (its own or the defaults of its type) */
        get: operations["ShortagesController_getLevels_v1"];
        /** Set the point's own stock levels (district officers of its regency, administrators); products not listed use the defaults */
        put: operations["ShortagesController_putLevels_v1"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/points/{id}/stock-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Status, AMC with its inputs, months of stock and suggested resupply of every product at one point
         * @description AMC (average monthly consumption) = consumed / months × days / (days − stockoutDays), over the last complete months (3 by default, AMC_MONTHS) in the point's local calendar; the stock-out adjustment days / (days − stockoutDays) is capped at 3. Consumed = distribution to clients plus shipments to the points it supplies, net of reversals and cancellations. A point with less history uses the expected monthly use set with its stock levels, else its daily use since its first movement × 30.4375 once that spans MIN_HISTORY_DAYS (30), else its type's default; amc.confidence says how sure the figure is (high, medium, low). Months of stock = usable / AMC. Suggested = max(0, maxMonths × AMC − usable − inTransitInbound), rounded up to whole packs. Status: stockout (no usable stock of a product in use), below_min, ok, above_max, no_consumption. Every row returns the inputs (`amc`).
         */
        get: operations["ShortagesController_pointStatus_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/points/{pointId}/movements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Movements at a point, most recent first */
        get: operations["StockController_list_v1"];
        put?: never;
        /**
         * Record a receipt, distribution, adjustment, stock count or reversal at a point
         * @description The client generates the movement `id`. Resending the identical request returns the original answer with the header `Idempotent-Replayed: true`; the same id with a different request is refused (IDEMPOTENCY_KEY_REUSED). A distribution line without `lotId` is taken from the earliest-expiring usable lots first (FEFO), possibly split over several lots. Stock never goes negative (INSUFFICIENT_STOCK says what is available); expired lots leave only by an expired_write_off adjustment; restricted products (naloxone) only at points allowed to hold them.
         */
        post: operations["StockController_record_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/points/{pointId}/sharps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sharps movements that changed a point (its own and hand-overs to it), newest first, and the full containers it holds */
        get: operations["SharpsController_list_v1"];
        put?: never;
        /**
         * Record used syringes returned, full sharps containers handed over for destruction, or their destruction
         * @description Counts only, never who returned them. `return`: `syringes` (with `countMethod`: counted, or estimated from container fill) and/or full `containers`; `handover`: `containers` to `toPointId` (an active point of the same regency); `destruction`: `containers` destroyed here by `destructionMethod` (only at SHARPS_DESTRUCTION_POINT_TYPES). Returned syringes are never stock: they do not change balances or AMC. A point never hands over or destroys more full containers than it holds (SHARPS_NOT_HELD). Idempotent like movements (`Idempotent-Replayed: true`); undo one with a reversal movement (POST /points/{pointId}/movements, type reversal).
         */
        post: operations["SharpsController_record_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/points/{pointId}/sharps/receivers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where a point may hand its full sharps containers: active points of its regency that destroy sharps, and its own supplier */
        get: operations["SharpsController_receivers_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/points/{pointId}/stock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stock on hand per product: usable, expired, inbound in transit, and lots with days to expiry (the point's local date)
         * @description `?format=csv|xlsx`: a row per lot (a product with only inbound stock has one row without a lot), Indonesian headers.
         */
        get: operations["StockController_stock_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/points/{pointId}/stock-card": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stock card of one product at a point: every line with its running balance, in order of occurrence */
        get: operations["StockController_stockCard_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/points/{pointId}/stock-card.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stock card (kartu stok) of a product at a point: every line of the period with its running balance, over as many pages as it takes */
        get: operations["DocumentsController_stockCard_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The product catalogue */
        get: operations["ProductsController_list_v1"];
        put?: never;
        /** Add a product (administrators) */
        post: operations["ProductsController_create_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One product */
        get: operations["ProductsController_get_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a product; deactivate with active=false (administrators). Code and category cannot change. */
        patch: operations["ProductsController_update_v1"];
        trace?: never;
    };
    "/api/v1/products/{id}/components": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a kit's bill of materials: what one kit holds (administrators)
         * @description Replaces the components; an empty list makes the product an ordinary product again. Kits are assembled and taken apart with the movement types kit_assembly and kit_disassembly (docs/kits.md); kit lots already made keep what they hold. No kit inside a kit; a kit holding a restricted product must be restricted itself.
         */
        put: operations["ProductsController_setComponents_v1"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pwid-estimates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Estimates of people who inject drugs, by regency and year, the one reports use marked current */
        get: operations["ProgrammeController_estimates_v1"];
        put?: never;
        /**
         * Record the estimated number of people who inject drugs in a regency for a year, with its source
         * @description Estimates are never edited: a newer record for the same regency and year replaces the older one in reports, and both stay listed.
         */
        post: operations["ProgrammeController_record_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/redactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase free text of a record and its history (administrators)
         * @description For text that identifies a person and should never have been typed. Notes, reasons, comments and names become "[redacted]" in the record, its history and its audit entries; quantities, ids and dates stay. Recorded in the audit log as a `redact` entry; running it again changes nothing more.
         */
        post: operations["RedactionController_redact_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regions/provinces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Provinces with their Kemendagri codes and time zones */
        get: operations["RegionsController_listProvinces_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regions/regencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Regencies and cities (kabupaten/kota), optionally of one province */
        get: operations["RegionsController_listRegencies_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Coverage: needle-syringe sets distributed per person who injects drugs in a year, per regency and province
         * @description Against the WHO/UNODC/UNAIDS levels (low under 100, medium 100-200, high over 200) and the 2030 target of 300. A regency uses its newest estimate for the year, else the latest earlier one (`estimateYear`); without one the figures are null, never a division by zero. District officers see their regencies; point staff the regencies of their points. `?format=csv|xlsx`: regency rows then province rows.
         */
        get: operations["ProgrammeController_coverage_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/dhis2": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The monthly logistics report's figures as DHIS2 data values (dataValueSets JSON or ADX XML), to import into a DHIS2
         * @description The figures of GET /reports/monthly (same month, scope and rules), mapped to DHIS2 data elements, category option combos and org units by the server's mapping file (DHIS2_MAPPING_FILE; docs/dhis2.md). Every mapped figure is sent, zeros included. Points (or regencies) and products with figures but no mapping are left out and named in the `Pasokan-Unmapped-Org-Units` and `Pasokan-Unmapped-Products` headers ("3: DIC-X, DIC-Y, ..."). Import with POST /api/dataValueSets (JSON) or with Content-Type application/adx+xml (ADX), idScheme UID.
         */
        get: operations["Dhis2Controller_export_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/funding-sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Funding-source accountability: per regency, funding source (APBN, APBD, Global Fund, other donors) and product, over a period
         * @description The monthly report's ledger figures over whole local months `from`..`to`, split by the funding source of the lots: opening, received, distributed (the monthly report's issued), shipped out, written off as expired, other losses, other adjustments, stock on hand at the period end (and how much of it is expired), and stock-out days. Summed over funding sources they equal the monthly report for the same scope and month. `totals`: per funding source and product over every regency in scope. Stock-out days by funding source: the days (in the point's local calendar, inside the period, up to today) on which a point had no usable stock of a product, each counted once, under the funding source of the lot the point last took stock out of before the stock-out began (the source it relied on when it ran out); `null` when the point never held a lot of that product. Summed over points (point-days). Point staff see their points, district officers their regencies, administrators everything (or a province or regency). `?format=csv|xlsx`: items then totals, Indonesian headers.
         */
        get: operations["ReportsController_fundingSourceReport_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/monthly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Monthly logistics report (LPLPO shape): opening, received, issued, shipped out, adjustments by reason, closing, nearest expiry, stock-out days, requested
         * @description Per point and product, and per product over every point in scope (`totals`). The month is each point's local calendar month. Point staff see their points, district officers their regencies, administrators everything; a regency or province outside yours is refused (OUT_OF_SCOPE). `closed` says whether the month is closed for every point (then the figures never change). `?format=csv|xlsx`: every row with Indonesian headers.
         */
        get: operations["ReportsController_monthly_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/monthly.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The monthly logistics report (LPLPO) as a landscape A4 PDF: per point and product, then the totals per product */
        get: operations["DocumentsController_monthly_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/programme": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Needle-syringe programme, monthly: sets distributed by channel, contacts, returns and sharps, naloxone units, doses, refills and reversals
         * @description Per point and local month, and per regency and month (`regencies`); definitions in docs/needle-programme.md. `distributed` counts complete needle-syringe sets (sets, plus the lesser of needles and barrels handed out on their own); `returnRatio` = returned / distributed (null when nothing was distributed). Point staff see their points, district officers their regencies, administrators everything (or a province, regency or point). `?format=csv|xlsx`: point rows then regency rows, Indonesian headers.
         */
        get: operations["ProgrammeController_report_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resupply-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Requests your points made (role=requester) or received as supplier (role=supplier)
         * @description `?format=csv|xlsx`: every request matching the filters, a row per request line, Indonesian headers.
         */
        get: operations["ResupplyController_list_v1"];
        put?: never;
        /**
         * Ask the point's supplier for stock (point staff and outreach officers for their own point)
         * @description Idempotent by `id`: a retry answers the request as it is now with `Idempotent-Replayed: true`. Restricted products only for points that may hold them.
         */
        post: operations["ResupplyController_create_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resupply-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One request: lines with approved, shipped and received quantities, its history, and its shipments */
        get: operations["ResupplyController_get_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resupply-requests/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve, per product, a quantity (possibly different, or 0) with a comment: the supplier's staff or a district officer of the requesting regency, not the requester
         * @description The same decision sent again by the same person (a retry) answers the request as it is now with `Idempotent-Replayed: true`.
         */
        post: operations["ResupplyController_approve_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resupply-requests/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a request still waiting for a decision (the requesting point)
         * @description Idempotent like approval.
         */
        post: operations["ResupplyController_cancel_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resupply-requests/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject with a reason (same deciders as approval)
         * @description Idempotent like approval.
         */
        post: operations["ResupplyController_reject_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a device session (a lost or stolen phone): its refresh token and access tokens stop working at once
         * @description The user themself, an administrator, or the district officer who manages the user. Audited. Revoking an ended session changes nothing.
         */
        delete: operations["SessionsController_revoke_v1"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shipments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Shipments from or to the points you can see */
        get: operations["ShipmentsController_list_v1"];
        put?: never;
        /**
         * Dispatch a shipment: stock leaves the sender (FEFO when no lot is named) and is in transit
         * @description Idempotent by `id` like movements; a replay answers the shipment as it is now, with `Idempotent-Replayed: true`.
         */
        post: operations["ShipmentsController_dispatch_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shipments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One shipment with what was sent, received and lost per lot */
        get: operations["ShipmentsController_get_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shipments/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a shipment still in transit: the stock returns to the sender */
        post: operations["ShipmentsController_cancel_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shipments/{id}/documents/bast.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hand-over record (BAST) of a received shipment: sent, received and the difference with its reason */
        get: operations["DocumentsController_bast_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shipments/{id}/documents/sbbk.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Goods-out slip (SBBK) of a shipment: what left, lot by lot, with signature blocks */
        get: operations["DocumentsController_sbbk_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shipments/{id}/receive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Receive a shipment: what arrived goes into the receiver's stock; a shortfall needs a reason and is recorded as lost in transit */
        post: operations["ShipmentsController_receive_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shortages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Which points will run out, by how much, and what to send: rows per point and product, and a summary per product
         * @description AMC (average monthly consumption) = consumed / months × days / (days − stockoutDays), over the last complete months (3 by default, AMC_MONTHS) in the point's local calendar; the stock-out adjustment days / (days − stockoutDays) is capped at 3. Consumed = distribution to clients plus shipments to the points it supplies, net of reversals and cancellations. A point with less history uses the expected monthly use set with its stock levels, else its daily use since its first movement × 30.4375 once that spans MIN_HISTORY_DAYS (30), else its type's default; amc.confidence says how sure the figure is (high, medium, low). Months of stock = usable / AMC. Suggested = max(0, maxMonths × AMC − usable − inTransitInbound), rounded up to whole packs. Status: stockout (no usable stock of a product in use), below_min, ok, above_max, no_consumption. Every row returns the inputs (`amc`).
         */
        get: operations["ShortagesController_report_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shortages/scan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run the stock status check now (it also runs daily): stock-out and below-minimum alerts */
        post: operations["ShortagesController_scan_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sync/movements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record up to 500 movements captured offline in one request, each answered on its own
         * @description Each movement is the body of `POST /points/{pointId}/movements` plus its `pointId`. They are applied in the order sent, each in its own transaction, with exactly the rules, scope and idempotency of the single endpoint: `recorded` (status 201), `replayed` (the same id and request were already recorded; status 200) or `refused` (`problem` is the document the single endpoint would have answered, and nothing of that movement was written). A refused movement does not stop the others. If the database fails part-way the whole request answers 503 and the client resends the whole batch: what was recorded comes back as replayed.
         */
        post: operations["SyncController_movements_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Users you manage: everyone for an administrator, the point staff and outreach officers of your regencies for a district officer */
        get: operations["UsersController_list_v1"];
        put?: never;
        /** Create a user with a role and its scope (regencies for district officers, points for staff and outreach officers) */
        post: operations["UsersController_create_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user */
        get: operations["UsersController_get_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a user: password, role, scope, or deactivate with active=false (users are never deleted) */
        patch: operations["UsersController_update_v1"];
        trace?: never;
    };
    "/api/v1/users/{id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A user's device sessions: your own, or of a user you manage (administrator; district officer for their staff) */
        get: operations["SessionsController_list_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Webhook subscriptions with their pending and failed deliveries (administrators) */
        get: operations["WebhooksController_list_v1"];
        put?: never;
        /**
         * Subscribe an address to notification events (administrators)
         * @description Each event of the chosen kinds (at points of the chosen regencies) is POSTed as JSON `{event, key, pointId, regencyCode, subjectId, details, at}` with headers Pasokan-Delivery (the same id on every retry: handle it once), Pasokan-Event and Pasokan-Signature (`t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">` with the secret answered here, once). A 2xx answer delivers it; anything else is retried with backoff (30 s doubling, at most 6 h apart) up to 8 attempts. docs/notifications.md.
         */
        post: operations["WebhooksController_create_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop a subscription: no new deliveries, pending ones are given up (administrators) */
        post: operations["WebhooksController_deactivate_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A subscription's latest 100 deliveries (administrators) */
        get: operations["WebhooksController_deliveries_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness: the process is up and can recover by itself (503 when it cannot: restart it)
         * @description A database that is only unreachable fails readiness, not liveness; an embedded PostgreSQL that could not be started again fails liveness.
         */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: the database answers (503 when it does not)
         * @description With read replicas configured (DATABASE_REPLICA_URLS), `details.replicas.replicas` lists each one: streaming, lagging, down or not_a_replica, and how old its figures are (lagMs). A replica that is behind or down never makes the service unready: reads go to the primary.
         */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AdjustmentLineRequest: {
            /**
             * Format: uuid
             * @description The lot (adjustments, counts; optional for distributions)
             * @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
             */
            lotId: string;
            /**
             * Format: uuid
             * @example 3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c
             */
            productId: string;
            /**
             * @description Whole units. Positive, except a `correction` adjustment (signed) and a stock count (the counted quantity, 0 or more).
             * @example 200
             */
            quantity: number;
            /**
             * @description Adjustments and stock count differences
             * @example damaged
             * @enum {string}
             */
            reason: "damaged" | "quality_problem" | "lost" | "stolen" | "found" | "expired_write_off" | "correction";
        };
        AdjustmentMovementRequest: {
            /**
             * Format: uuid
             * @description Generated by the client; a retry with the same id is recorded once
             * @example 1f7b6c1e-4a8f-4d0e-9b51-3c2a7a9e5d10
             */
            id: string;
            /** @description At least one line; a reversal has none (leave it out or send []) */
            lines: components["schemas"]["AdjustmentLineRequest"][];
            /** @example Outreach session at Cibinong terminal */
            note?: string;
            /**
             * Format: date-time
             * @description When it happened: a date and time with an offset, or without one in the point's local time (WIB/WITA/WIT); a bare date is refused. May be in the past for entries made offline (up to BACKDATING_DAYS, never in a closed month); at most 5 minutes ahead.
             * @example 2026-11-23T09:30:00+07:00
             */
            occurredAt: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "adjustment";
        };
        AdjustmentsByReason: {
            /** @example 0 */
            correction: number;
            /** @example -2 */
            damaged: number;
            /** @example 0 */
            expired_write_off: number;
            /** @example 0 */
            found: number;
            /** @example 0 */
            lost: number;
            /** @example 0 */
            quality_problem: number;
            /** @example 0 */
            stolen: number;
        };
        AlertPage: {
            items: components["schemas"]["AlertResponse"][];
            /** @example 50 */
            limit: number;
            /** @example 0 */
            offset: number;
            /**
             * @description Number of items matching the filters
             * @example 1
             */
            total: number;
        };
        AlertResponse: {
            /**
             * Format: date-time
             * @example null
             */
            acknowledgedAt: string | null;
            /** @example null */
            acknowledgedBy: string | null;
            /**
             * @description What the condition looked like when last seen; one shape per type (docs/api.md, "Alert details"): stockout {since, usable, amc, suggestedQuantity} (amc and suggestedQuantity null until the daily scan when a movement raised it), below_min {usable, amc, monthsOfStock, minMonths, suggestedQuantity}, lot_expiring {lotNumber, expiryDate, daysToExpiry, quantity, windowDays}, expired_on_hand {lotNumber, expiryDate, expiredDaysAgo, quantity}, obsolete_edition {quantity, supersededByProductId, supersededByProductCode}, request_overdue and shipment_overdue name the request or shipment.
             * @example {
             *       "expiryDate": "2027-02-06",
             *       "daysToExpiry": 75,
             *       "quantity": 3651,
             *       "windowDays": 90
             *     }
             */
            details: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @example 2026-11-23T18:00:00.000Z
             */
            firstSeenAt: string;
            /**
             * Format: uuid
             * @example 4d3c2b1a-0f9e-4d8c-b7a6-5f4e3d2c1b0a
             */
            id: string;
            /**
             * Format: date-time
             * @example 2026-11-24T18:00:00.000Z
             */
            lastSeenAt: string;
            /**
             * Format: uuid
             * @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
             */
            lotId: string | null;
            /** @example SWAB-ALC-A */
            lotNumber: string | null;
            /** @example DIC-BDG-01 */
            pointCode: string;
            /**
             * Format: uuid
             * @example 0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10
             */
            pointId: string;
            /** @example Drop-in Centre Bandung Wetan */
            pointName: string;
            /** @example SWAB-ALC */
            productCode: string | null;
            /**
             * Format: uuid
             * @example 3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c
             */
            productId: string | null;
            /** @example 32.73 */
            regencyCode: string;
            /**
             * Format: date-time
             * @example null
             */
            resolvedAt: string | null;
            /**
             * @example warning
             * @enum {string}
             */
            severity: "info" | "warning" | "critical";
            /**
             * @example open
             * @enum {string}
             */
            status: "open" | "acknowledged" | "resolved";
            /**
             * @example lot_expiring
             * @enum {string}
             */
            type: "lot_expiring" | "expired_on_hand" | "obsolete_edition" | "stockout" | "below_min" | "shipment_overdue" | "request_overdue";
        };
        AmcResponse: {
            /**
             * @description Average monthly consumption
             * @example 408.89
             */
            amc: number;
            /**
             * @description How sure the AMC (and the months of stock and suggestion built on it) is: high from the full window, medium from shorter history or a set expectation, low from a default or nothing
             * @example high
             * @enum {string}
             */
            confidence: "high" | "medium" | "low";
            /**
             * @description Units consumed in the period (distribution and supply to dependent points)
             * @example 920
             */
            consumed: number;
            /**
             * @description Days in the period
             * @example 92
             */
            days: number;
            /**
             * @description history: the last complete months; short_history: since the first movement, once it is at least MIN_HISTORY_DAYS (30) old; expected: the expected use set with the point's stock levels; type_default: the point type's default; none: nothing to go on
             * @example history
             * @enum {string}
             */
            method: "history" | "short_history" | "expected" | "type_default" | "none";
            /**
             * @description Exclusive
             * @example 2026-11-01
             */
            periodEnd: string | null;
            /** @example 2026-08-01 */
            periodStart: string | null;
            /**
             * @description days / (days - stockoutDays), at most 3
             * @example 1.3333
             */
            stockoutAdjustment: number;
            /**
             * @description Days in the period without usable stock
             * @example 23
             */
            stockoutDays: number;
        };
        ApprovalLineRequest: {
            /**
             * @description May differ from the request, or be 0
             * @example 400
             */
            approvedQuantity: number;
            /** @example Only 400 in stock until the next delivery */
            comment?: string;
            /**
             * Format: uuid
             * @example 3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c
             */
            productId: string;
        };
        ApproveRequest: {
            /** @description One line for every product requested */
            lines: components["schemas"]["ApprovalLineRequest"][];
        };
        AuditEntryResponse: {
            /**
             * @example update
             * @enum {string}
             */
            action: "create" | "update";
            /** @example dinkes.bogor */
            actor: string | null;
            /**
             * @description The record after the change
             * @example {
             *       "active": false
             *     }
             */
            after: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @example 2026-11-23T03:00:00.000Z
             */
            at: string;
            /**
             * @description The record before the change (null when created)
             * @example {
             *       "active": true
             *     }
             */
            before: {
                [key: string]: unknown;
            } | null;
            /**
             * Format: uuid
             * @example 0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10
             */
            entityId: string;
            /**
             * @example point
             * @enum {string}
             */
            entityType: "user" | "point" | "product" | "stock_levels" | "device_session" | "movement" | "shipment" | "resupply_request";
            /** @example 42 */
            id: string;
        };
        AuditPage: {
            items: components["schemas"]["AuditEntryResponse"][];
            /** @example 50 */
            limit: number;
            /** @example 0 */
            offset: number;
            /**
             * @description Number of items matching the filters
             * @example 1
             */
            total: number;
        };
        CancelShipmentRequest: {
            /**
             * Format: uuid
             * @description Id of the cancellation, generated by the client
             * @example 8c3f5b2a-4d6e-4f7a-8b1c-2d3e4f5a6b7c
             */
            id: string;
            /** @example Vehicle broke down; goods back in the store */
            note?: string;
        };
        ChangePasswordRequest: {
            /**
             * @description The password you log in with now
             * @example pasokan-demo
             */
            currentPassword: string;
            /** @example a-new-long-passphrase */
            newPassword: string;
        };
        CloseMonthRequest: {
            /**
             * @description The month to close (YYYY-MM); it and every month before it are closed
             * @example 2026-11
             */
            month: string;
            /** @example LPLPO November sent to Dinkes Provinsi */
            note?: string;
            /**
             * Format: uuid
             * @description Close the month for one point (give this or regencyCode)
             * @example 0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10
             */
            pointId?: string;
            /**
             * @description Close the month for every point of this regency (give this or pointId)
             * @example 32.73
             */
            regencyCode?: string;
        };
        CloseShiftRequest: {
            /** @description Every product of the bag, counted once */
            counts: components["schemas"]["ShiftCountRequest"][];
            /**
             * Format: uuid
             * @description Generated by the client for the close; a retry with the same id closes once
             * @example 5e2a7c9d-1b3f-4d6a-8e0c-2f4b6d8a0c13
             */
            id: string;
        };
        CoverageReport: {
            /** @description Per regency in scope */
            items: components["schemas"]["CoverageRow"][];
            /** @description Per province (regencyCode null) */
            provinces: components["schemas"]["CoverageRow"][];
            /** @example 2026 */
            year: number;
        };
        CoverageRow: {
            /**
             * @description People who inject drugs (the newest estimate for the year, else the latest earlier year); on a province row, the sum over regencies with one
             * @example 1850
             */
            estimate: number | null;
            /** @example Estimasi populasi kunci Kemenkes 2024 */
            estimateSource: string | null;
            /**
             * @description The year of the estimate used (regency rows)
             * @example 2025
             */
            estimateYear: number | null;
            /**
             * @description WHO/UNODC/UNAIDS: low under 100, medium 100-200, high over 200; null without an estimate
             * @example medium
             * @enum {string|null}
             */
            level: "low" | "medium" | "high" | null;
            /**
             * @description At least 300 sets per person (the 2030 hepatitis target); null without an estimate
             * @example false
             */
            meets2030Target: boolean | null;
            /** @example Kota Bandung */
            name: string;
            /** @example 32 */
            provinceCode: string;
            /**
             * @description Province rows: regencies with no estimate (their sets are left out of setsPerPerson); 0 or 1 on a regency row
             * @example 0
             */
            regenciesWithoutEstimate: number;
            /**
             * @description null on a province row
             * @example 32.73
             */
            regencyCode: string | null;
            /**
             * @description Complete needle-syringe sets distributed to clients in the year
             * @example 210000
             */
            setsDistributed: number;
            /**
             * @description setsDistributed / estimate (1 decimal; on a province row, over its regencies with an estimate); null without an estimate
             * @example 113.5
             */
            setsPerPerson: number | null;
            /** @example 2026 */
            year: number;
        };
        CreatePointRequest: {
            /**
             * @default true
             * @example true
             */
            active?: boolean;
            /**
             * @description 2-40 characters: letters, digits, dash, underscore (stored upper case)
             * @example DIC-BDG-01
             */
            code: string;
            /**
             * @description May hold and dispense restricted products (naloxone). Defaults by type: true for puskesmas and district health offices.
             * @example false
             */
            mayHoldRestricted?: boolean;
            /** @example DIC Rumah Cemara Bandung */
            name: string;
            /**
             * @description Kemendagri regency/city code (see GET /api/v1/regions/regencies)
             * @example 32.73
             */
            regencyCode: string;
            /**
             * Format: uuid
             * @description The point that resupplies this one
             * @example 0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10
             */
            supplierPointId?: string | null;
            /**
             * @example drop_in_centre
             * @enum {string}
             */
            type: "district_health_office" | "ngo_office" | "drop_in_centre" | "puskesmas" | "hospital" | "outreach" | "other";
        };
        CreateProductRequest: {
            /**
             * @default true
             * @example true
             */
            active?: boolean;
            /**
             * @example needle_syringe
             * @enum {string}
             */
            category: "needle_syringe" | "swab" | "condom" | "lubricant" | "iec" | "naloxone" | "other";
            /**
             * @description 2-40 letters, digits, dashes or underscores (stored upper case); unique
             * @example NS-1ML-LDS
             */
            code: string;
            /**
             * @description What one unit holds: syringe sets, needles or barrels (a LASS pack of 3 syringes: 3), or naloxone doses (a kit of 2 ampoules: 2)
             * @default 1
             * @example 1
             */
            contentsPerUnit?: number;
            /**
             * @description Edition of an IEC leaflet
             * @example 2026-1
             */
            edition?: string | null;
            /**
             * @description Days before expiry at which stock is flagged, longest first. null or omitted = the category default.
             * @example [
             *       180,
             *       90,
             *       30
             *     ]
             */
            expiryWarningDays?: number[] | null;
            /**
             * @description GS1 GTIN of the product (8, 12, 13 or 14 digits, check digit verified; stored as 14 digits); unique. null clears it.
             * @example 08991234567891
             */
            gtin?: string | null;
            /** @example Syringe 1 ml, fixed 29G needle, low dead space */
            name: string;
            /**
             * @description Name in Bahasa Indonesia (the field app shows it in Indonesian; without it, `name`)
             * @example Alat suntik steril 1 ml, jarum tetap 29G
             */
            nameId?: string;
            /**
             * @description Units per pack; resupply is rounded up to whole packs
             * @example 100
             */
            packSize: number;
            /**
             * @description Restricted products (naloxone) may be held only at points allowed to. Default: true for naloxone.
             * @example false
             */
            restricted?: boolean;
            /**
             * @description needle_syringe products only (default set): a unit is a complete needle-syringe set, or a detachable needle or a barrel on its own. Coverage counts complete sets.
             * @example set
             * @enum {string}
             */
            syringeContent?: "set" | "needle" | "barrel";
            /**
             * @description The whole unit quantities are counted in: piece, vial, ampoule, leaflet, sachet
             * @example piece
             */
            unit: string;
        };
        CreateResupplyRequest: {
            /**
             * Format: uuid
             * @description Generated by the client; a retry with the same id is recorded once
             * @example 2b3c4d5e-6f70-4a1b-8c2d-3e4f5a6b7c8d
             */
            id: string;
            lines: components["schemas"]["RequestLineRequest"][];
            /** @example Running low before the outreach week */
            note?: string;
            /**
             * Format: uuid
             * @description The requesting point; the request goes to its supplier
             * @example 0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10
             */
            pointId: string;
        };
        CreateUserRequest: {
            /**
             * @default true
             * @example true
             */
            active?: boolean;
            /**
             * @description The staff member's work e-mail, for stock-out mail and the daily digest (null: none). Staff only: pasokan has no client records
             * @example dinkes.bandung@example.go.id
             */
            email?: string | null;
            /** @example a-long-passphrase */
            password: string;
            /**
             * @description Points the user works at (required for point_staff and outreach_officer; outreach points for outreach officers)
             * @example [
             *       "0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10"
             *     ]
             */
            pointIds?: string[];
            /**
             * @description Regencies a district officer covers (required for that role only)
             * @example [
             *       "32.73"
             *     ]
             */
            regencyCodes?: string[];
            /**
             * @example point_staff
             * @enum {string}
             */
            role: "admin" | "district_officer" | "point_staff" | "outreach_officer";
            /**
             * @description 3-60 characters: lowerTrim letters, digits, dot, dash, underscore
             * @example dic.bandung
             */
            username: string;
        };
        CreateWebhookRequest: {
            /**
             * @example [
             *       "stockout",
             *       "request_submitted"
             *     ]
             */
            kinds: ("request_submitted" | "request_approved" | "request_rejected" | "request_shipped" | "shipment_sent" | "stockout")[];
            /**
             * @description Only events at points of these regencies (absent: everywhere)
             * @example [
             *       "32.73"
             *     ]
             */
            regencyCodes?: string[];
            /**
             * @description Where deliveries are POSTed (http or https)
             * @example https://gateway.example.org/pasokan
             */
            url: string;
        };
        DashboardArea: {
            /** @description More months of stock than the maximum */
            aboveMax: components["schemas"]["StatusCount"];
            /** @description Fewer months of stock than the minimum */
            belowMin: components["schemas"]["StatusCount"];
            /**
             * @description A province code (32) or a regency code (32.73)
             * @example 32.73
             */
            code: string;
            /**
             * @description Lots held that have expired (to be written off)
             * @example 1
             */
            lotsExpired: number;
            /**
             * @description Lots held (point and lot) expiring within 30 days, not yet expired
             * @example 3
             */
            lotsExpiring30: number;
            /**
             * @description Within 60 days
             * @example 5
             */
            lotsExpiring60: number;
            /**
             * @description Within 90 days
             * @example 9
             */
            lotsExpiring90: number;
            /** @example Kota Bandung */
            name: string;
            /**
             * @description Open alerts (not acknowledged, not resolved)
             * @example 14
             */
            openAlerts: number;
            /**
             * @description Data-quality flags not reviewed yet (GET /data-quality/flags?status=open)
             * @example 2
             */
            openFlags: number;
            /**
             * @description Active points
             * @example 12
             */
            points: number;
            /**
             * @description Resupply requests of points here waiting for a decision
             * @example 2
             */
            requestsWaiting: number;
            /**
             * @description Open alerts that a shipment is overdue (in transit longer than SHIPMENT_TRANSIT_DAYS)
             * @example 1
             */
            shipmentsOverdue: number;
            /** @description No usable stock of a product the point carries */
            stockout: components["schemas"]["StatusCount"];
        };
        DashboardResponse: {
            /** @description More months of stock than the maximum */
            aboveMax: components["schemas"]["StatusCount"];
            /**
             * @description What each row of `areas` is
             * @example null
             * @enum {string|null}
             */
            areaLevel: "province" | "regency" | null;
            /** @description The same figures per province (an administrator, everything) or per regency (a province, or a district officer with several regencies) */
            areas: components["schemas"]["DashboardArea"][];
            /**
             * Format: date-time
             * @example 2026-12-02T10:00:00.000Z
             */
            asOf: string;
            /** @description Fewer months of stock than the minimum */
            belowMin: components["schemas"]["StatusCount"];
            /**
             * @description all: everything in your scope; province or regency: the one asked for
             * @example regency
             * @enum {string}
             */
            level: "all" | "province" | "regency";
            /**
             * @description Lots held that have expired (to be written off)
             * @example 1
             */
            lotsExpired: number;
            /**
             * @description Lots held (point and lot) expiring within 30 days, not yet expired
             * @example 3
             */
            lotsExpiring30: number;
            /**
             * @description Within 60 days
             * @example 5
             */
            lotsExpiring60: number;
            /**
             * @description Within 90 days
             * @example 9
             */
            lotsExpiring90: number;
            /**
             * @description The province or regency name
             * @example Kota Bandung
             */
            name: string | null;
            /**
             * @description Open alerts (not acknowledged, not resolved)
             * @example 14
             */
            openAlerts: number;
            /**
             * @description Data-quality flags not reviewed yet (GET /data-quality/flags?status=open)
             * @example 2
             */
            openFlags: number;
            /**
             * @description Points in scope whose shortage figures are still waiting to be recomputed by the background drain (0 normally); their counts are their last computed ones.
             * @example 0
             */
            pendingPoints: number;
            /**
             * @description Active points
             * @example 12
             */
            points: number;
            /** @example 32 */
            provinceCode: string | null;
            /** @example 32.73 */
            regencyCode: string | null;
            /**
             * @description Resupply requests of points here waiting for a decision
             * @example 2
             */
            requestsWaiting: number;
            /**
             * @description Open alerts that a shipment is overdue (in transit longer than SHIPMENT_TRANSIT_DAYS)
             * @example 1
             */
            shipmentsOverdue: number;
            /** @description No usable stock of a product the point carries */
            stockout: components["schemas"]["StatusCount"];
            thresholds: components["schemas"]["DashboardThresholds"];
        };
        DashboardThresholds: {
            /**
             * @description The expiry windows counted, in days
             * @example [
             *       30,
             *       60,
             *       90
             *     ]
             */
            expiryWindowsDays: number[];
            /**
             * @description REQUEST_DECISION_DAYS: a request waiting longer is overdue
             * @example 3
             */
            requestDecisionDays: number;
            /**
             * @description SHIPMENT_TRANSIT_DAYS: a shipment in transit longer is overdue
             * @example 14
             */
            shipmentTransitDays: number;
        };
        DeviceSessionPage: {
            items: components["schemas"]["DeviceSessionResponse"][];
            /** @example 50 */
            limit: number;
            /** @example 0 */
            offset: number;
            /**
             * @description Number of items matching the filters
             * @example 1
             */
            total: number;
        };
        DeviceSessionResponse: {
            /**
             * Format: date-time
             * @example 2026-12-02T02:00:00.000Z
             */
            createdAt: string;
            /**
             * @description The session of the token making this request
             * @example true
             */
            current: boolean;
            /**
             * @description The label the device gave at login
             * @example HP Android
             */
            deviceLabel: string | null;
            /**
             * Format: date-time
             * @description When it expires unless used again before (idle limit)
             * @example 2027-03-02T09:00:00.000Z
             */
            expiresAt: string;
            /**
             * Format: uuid
             * @example 6a1f0c3e-2b4d-4e5f-8a9b-0c1d2e3f4a5b
             */
            id: string;
            /**
             * Format: date-time
             * @description Login or last refresh
             * @example 2026-12-02T09:00:00.000Z
             */
            lastUsedAt: string;
            /**
             * Format: date-time
             * @example null
             */
            revokedAt: string | null;
            /**
             * @description Username of who revoked it (none when it ended by logout, password change or deactivation)
             * @example null
             */
            revokedBy: string | null;
            /**
             * @example null
             * @enum {string|null}
             */
            revokedReason: "logout" | "revoked" | "password_changed" | "deactivated" | null;
            /**
             * @example active
             * @enum {string}
             */
            status: "active" | "revoked" | "expired";
            /**
             * Format: uuid
             * @example 7d3c4e1a-3b1f-4a55-8c0e-1f2a3b4c5d6e
             */
            userId: string;
            /** @example staff.dic.bandung */
            username: string;
        };
        Dhis2DataValueResponse: {
            /**
             * @description Attribute option combo UID (the mapping's); absent: the default
             * @example AoGlobalF01
             */
            attributeOptionCombo?: string;
            /**
             * @description Category option combo UID; absent: the default combo
             * @example CcNs1mlLd01
             */
            categoryOptionCombo?: string;
            /**
             * @description DHIS2 data element UID
             * @example DeLogIssu01
             */
            dataElement: string;
            /**
             * @description DHIS2 org unit UID
             * @example DkBdgDicWt1
             */
            orgUnit: string;
            /**
             * @description DHIS2 monthly period (yyyyMM)
             * @example 202611
             */
            period: string;
            /**
             * @description The figure, as DHIS2 writes values: a string
             * @example 2650
             */
            value: string;
        };
        Dhis2DataValueSetResponse: {
            /**
             * @description Set when the month is closed for every point of the export (its figures never change)
             * @example 2026-12-03
             */
            completeDate?: string;
            /**
             * @description The mapping's data set UID
             * @example DsPasokan01
             */
            dataSet?: string;
            dataValues: components["schemas"]["Dhis2DataValueResponse"][];
            /** @example 202611 */
            period: string;
        };
        DispatchShipmentRequest: {
            /**
             * Format: uuid
             * @example 0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10
             */
            fromPointId: string;
            /**
             * Format: uuid
             * @description Generated by the client; a retry with the same id is recorded once
             * @example 6a1d3f0e-2b4c-4d5e-8f9a-0b1c2d3e4f5a
             */
            id: string;
            lines: components["schemas"]["ShipmentLineRequest"][];
            /** @example Monthly resupply for the Cibinong outreach kit */
            note?: string;
            /**
             * Format: date-time
             * @description When it left; default now. Without an offset: the sending point's local time
             * @example 2026-11-23T09:30:00+07:00
             */
            occurredAt?: string;
            /**
             * Format: uuid
             * @description The resupply request this shipment fulfils
             * @example null
             */
            resupplyRequestId?: string;
            /**
             * Format: uuid
             * @example 5f1c0d2e-7a4b-4c3d-9e8f-1a2b3c4d5e6f
             */
            toPointId: string;
        };
        DistributionLineRequest: {
            /**
             * Format: uuid
             * @description The lot (adjustments, counts; optional for distributions)
             * @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
             */
            lotId?: string;
            /**
             * Format: uuid
             * @example 3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c
             */
            productId: string;
            /**
             * @description Whole units. Positive, except a `correction` adjustment (signed) and a stock count (the counted quantity, 0 or more).
             * @example 200
             */
            quantity: number;
        };
        DistributionMovementRequest: {
            /**
             * @description Distributions: why more needle-syringes per contact than NEEDLES_PER_CONTACT_CAP (required then, unless the channel is peer_secondary)
             * @example collecting_for_others
             * @enum {string}
             */
            aboveCapReason?: "collecting_for_others" | "long_interval" | "group_supply";
            /**
             * @description Distributions: how it reached people (peer_secondary: a peer collecting for others)
             * @example outreach
             * @enum {string}
             */
            channel?: "at_point" | "outreach" | "hotspot" | "peer_secondary";
            /**
             * @description Distributions: number of client contacts (a count, never who)
             * @example 12
             */
            contacts?: number;
            /**
             * @description Distributions: the kind of contact; a virtual contact receives no needle-syringes
             * @example individual
             * @enum {string}
             */
            contactType?: "individual" | "group" | "virtual";
            /**
             * Format: uuid
             * @description Generated by the client; a retry with the same id is recorded once
             * @example 1f7b6c1e-4a8f-4d0e-9b51-3c2a7a9e5d10
             */
            id: string;
            /** @description At least one line; a reversal has none (leave it out or send []) */
            lines: components["schemas"]["DistributionLineRequest"][];
            /**
             * @description Distributions with naloxone: why the person receives it again (omit for a first supply)
             * @example used_on_overdose
             * @enum {string}
             */
            naloxoneRefillReason?: "used_on_overdose" | "lost" | "confiscated" | "expired";
            /**
             * @description Distributions: of the contacts, how many were new (a count, never who); at most `contacts`
             * @example 3
             */
            newContacts?: number;
            /** @example Outreach session at Cibinong terminal */
            note?: string;
            /**
             * Format: date-time
             * @description When it happened: a date and time with an offset, or without one in the point's local time (WIB/WITA/WIT); a bare date is refused. May be in the past for entries made offline (up to BACKDATING_DAYS, never in a closed month); at most 5 minutes ahead.
             * @example 2026-11-23T09:30:00+07:00
             */
            occurredAt: string;
            /**
             * @description Distributions with naloxone: overdoses the person reports having reversed with the naloxone used (a count, never who); only with naloxoneRefillReason used_on_overdose
             * @example 1
             */
            overdoseReversals?: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "distribution";
        };
        ExpiryLotResponse: {
            /**
             * @description Days from the point's local date to the expiry date; negative once expired
             * @example 75
             */
            daysToExpiry: number;
            /** @example null */
            donorName: string | null;
            /**
             * Format: date
             * @example 2027-02-06
             */
            expiryDate: string;
            /** @example GLOBAL_FUND */
            fundingSource: string;
            /**
             * Format: uuid
             * @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
             */
            lotId: string;
            /** @example SWAB-ALC-A */
            lotNumber: string;
            /**
             * @description Consumption per month used for quantityAtRisk (last 90 days of distribution and supply to dependent points)
             * @example 620.5
             */
            monthlyConsumption: number;
            /** @example DIC-BDG-01 */
            pointCode: string;
            /**
             * Format: uuid
             * @example 0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10
             */
            pointId: string;
            /** @example Drop-in Centre Bandung Wetan */
            pointName: string;
            /** @example SWAB-ALC */
            productCode: string;
            /**
             * Format: uuid
             * @example 3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c
             */
            productId: string;
            /** @example 3651 */
            quantity: number;
            /**
             * @description Expected still on hand at expiry: the lots are used in FEFO order at the point's consumption rate. All of an expired lot.
             * @example 1500
             */
            quantityAtRisk: number;
            /** @example 32.73 */
            regencyCode: string;
            /**
             * @example expiring
             * @enum {string}
             */
            status: "expired" | "expiring";
        };
        ExpiryProductTotal: {
            /**
             * @description Expiring stock expected to expire before it is used
             * @example 1500
             */
            atRisk: number;
            /** @example 620 */
            expired: number;
            /** @example 3651 */
            expiring: number;
            /** @example SWAB-ALC */
            productCode: string;
            /**
             * Format: uuid
             * @example 3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c
             */
            productId: string;
        };
        ExpiryReport: {
            items: components["schemas"]["ExpiryLotResponse"][];
            /** @example 50 */
            limit: number;
            /** @example 0 */
            offset: number;
            /**
             * @description Points in your scope whose consumption figures (AMC, for the quantity at risk) are waiting to be recomputed, as in the shortage report; 0 normally.
             * @example 0
             */
            pendingPoints: number;
            /**
             * @description Number of items matching the filters
             * @example 1
             */
            total: number;
            /** @description Totals per product over every matching row, not only this page */
            totals: components["schemas"]["ExpiryProductTotal"][];
        };
        FieldErrorSchema: {
            /** @example regencyCode */
            field: string;
            /**
             * @example [
             *       "regencyCode must match the pattern NN.NN, for example 32.01"
             *     ]
             */
            messages: string[];
        };
        FlagPage: {
            items: components["schemas"]["FlagResponse"][];
            /** @example 50 */
            limit: number;
            /** @example 0 */
            offset: number;
            /**
             * @description Number of items matching the filters
             * @example 1
             */
            total: number;
        };
        FlagResponse: {
            /**
             * @description The numbers that raised it, one shape per kind (docs/data-quality.md)
             * @example {
             *       "quantity": 2400,
             *       "history": [
             *         600,
             *         620,
             *         580,
             *         610,
             *         590,
             *         605
             *       ],
             *       "median": 602.5,
             *       "mad": 12.5,
             *       "robustZ": 97.03,
             *       "ratioToMedian": 3.98
             *     }
             */
            evidence: {
                [key: string]: unknown;
            };
            /**
             * Format: uuid
             * @example 6f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f
             */
            id: string;
            /**
             * @example distribution_spike
             * @enum {string}
             */
            kind: "above_contact_cap" | "repeated_tally" | "month_end_round_numbers" | "distribution_spike" | "backdated_burst" | "stock_not_moving";
            /**
             * @description The local month the flag is about
             * @example 2026-11
             */
            month: string;
            /** @example DIC-BDG-01 */
            pointCode: string;
            /**
             * Format: uuid
             * @example 0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10
             */
            pointId: string;
            /** @example Drop-in Centre Bandung Wetan */
            pointName: string;
            /** @example NS-1ML-LDS-29G */
            productCode: string | null;
            /**
             * Format: uuid
             * @example 3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c
             */
            productId: string | null;
            /**
             * Format: date-time
             * @example 2026-12-02T18:00:03.000Z
             */
            raisedAt: string;
            /** @example 32.73 */
            regencyCode: string;
            /** @example null */
            reviewComment: string | null;
            /**
             * Format: date-time
             * @example null
             */
            reviewedAt: string | null;
            /** @example null */
            reviewedBy: string | null;
            /**
             * Format: date-time
             * @description The last scan that still saw it (unreviewed flags follow the data)
             * @example 2026-12-03T18:00:02.000Z
             */
            seenAt: string;
        };
        FundingSourceReport: {
            /** @example 2026-07 */
            from: string;
            /** @description Per regency, funding source and product */
            items: components["schemas"]["FundingSourceRow"][];
            /** @example 2026-12 */
            to: string;
            /** @description Per funding source and product over every regency in scope (regencyCode null) */
            totals: components["schemas"]["FundingSourceRow"][];
        };
        FundingSourceRow: {
            /**
             * @description Distributed to clients: the monthly report's "issued"
             * @example 4100
             */
            distributed: number;
            /**
             * @description Of onHand, in lots expired by the end of the period (not yet written off)
             * @example 24
             */
            expiredOnHand: number;
            /**
             * @description Written off as expired (expired_write_off adjustments), as a positive quantity
             * @example 40
             */
            expiredWrittenOff: number;
            /**
             * @description null: stock-out days of points that never held a lot of the product
             * @example GLOBAL_FUND
             * @enum {string|null}
             */
            fundingSource: "APBN" | "APBD" | "GLOBAL_FUND" | "OTHER_DONOR" | null;
            /**
             * @description Stock on hand at the end of the period (the ledger balance), expired lots included
             * @example 1756
             */
            onHand: number;
            /**
             * @description Stock on hand at the start of the period (as the monthly report counts it)
             * @example 1200
             */
            opening: number;
            /**
             * @description Other adjustments (found, correction), signed
             * @example 2
             */
            otherAdjustments: number;
            /**
             * @description Other losses: damaged, quality problem, lost, stolen, as a positive quantity
             * @example 6
             */
            otherLosses: number;
            /** @example CONDOM-M */
            productCode: string;
            /**
             * Format: uuid
             * @example 3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c
             */
            productId: string;
            /**
             * @description Received from outside and from other points
             * @example 5000
             */
            received: number;
            /**
             * @description null on a total row (every regency in scope)
             * @example 32.73
             */
            regencyCode: string | null;
            /**
             * @description Shipped to other points
             * @example 300
             */
            shippedOut: number;
            /**
             * @description Stock-out days by funding source: the days (in the point's local calendar, inside the period, up to today) on which a point had no usable stock of a product, each counted once, under the funding source of the lot the point last took stock out of before the stock-out began (the source it relied on when it ran out); `null` when the point never held a lot of that product. Summed over points (point-days).
             * @example 9
             */
            stockoutDays: number;
        };
        KitAssemblyLineRequest: {
            /**
             * Format: uuid
             * @example 3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c
             */
            productId: string;
            /**
             * @description Whole units. Positive, except a `correction` adjustment (signed) and a stock count (the counted quantity, 0 or more).
             * @example 200
             */
            quantity: number;
        };
        KitAssemblyMovementRequest: {
            /**
             * Format: uuid
             * @description Generated by the client; a retry with the same id is recorded once
             * @example 1f7b6c1e-4a8f-4d0e-9b51-3c2a7a9e5d10
             */
            id: string;
            /** @description At least one line; a reversal has none (leave it out or send []) */
            lines: components["schemas"]["KitAssemblyLineRequest"][];
            /** @example Outreach session at Cibinong terminal */
            note?: string;
            /**
             * Format: date-time
             * @description When it happened: a date and time with an offset, or without one in the point's local time (WIB/WITA/WIT); a bare date is refused. May be in the past for entries made offline (up to BACKDATING_DAYS, never in a closed month); at most 5 minutes ahead.
             * @example 2026-11-23T09:30:00+07:00
             */
            occurredAt: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "kit_assembly";
        };
        KitComponentRequest: {
            /**
             * Format: uuid
             * @example 3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c
             */
            productId: string;
            /**
             * @description Units of the component in one kit
             * @example 3
             */
            quantity: number;
        };
        KitComponentResponse: {
            /** @example NS-1ML-LDS-29G */
            productCode: string;
            /**
             * Format: uuid
             * @example 3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c
             */
            productId: string;
            /**
             * @description Units of the component in one kit
             * @example 3
             */
            quantity: number;
        };
        KitComponentStock: {
            /**
             * @description perKit x the kit's suggestedQuantity: what to send instead, to assemble the kits here
             * @example 300
             */
            forSuggested: number;
            /**
             * @description Units in one kit
             * @example 3
             */
            perKit: number;
            /** @example NS-1ML-LDS-29G */
            productCode: string;
            /**
             * Format: uuid
             * @example 3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c
             */
            productId: string;
            /**
             * @description Usable at the point now
             * @example 120
             */
            usable: number;
        };
        KitDisassemblyLineRequest: {
            /**
             * Format: uuid
             * @description The lot (adjustments, counts; optional for distributions)
             * @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
             */
            lotId: string;
            /**
             * Format: uuid
             * @example 3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c
             */
            productId: string;
            /**
             * @description Whole units. Positive, except a `correction` adjustment (signed) and a stock count (the counted quantity, 0 or more).
             * @example 200
             */
            quantity: number;
        };
        KitDisassemblyMovementRequest: {
            /**
             * Format: uuid
             * @description Generated by the client; a retry with the same id is recorded once
             * @example 1f7b6c1e-4a8f-4d0e-9b51-3c2a7a9e5d10
             */
            id: string;
            /** @description At least one line; a reversal has none (leave it out or send []) */
            lines: components["schemas"]["KitDisassemblyLineRequest"][];
            /** @example Outreach session at Cibinong terminal */
            note?: string;
            /**
             * Format: date-time
             * @description When it happened: a date and time with an offset, or without one in the point's local time (WIB/WITA/WIT); a bare date is refused. May be in the past for entries made offline (up to BACKDATING_DAYS, never in a closed month); at most 5 minutes ahead.
             * @example 2026-11-23T09:30:00+07:00
             */
            occurredAt: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "kit_disassembly";
        };
        KitSuggestion: {
            /**
             * @description Kits the point could assemble now from its usable components
             * @example 40
             */
            assemblable: number;
            components: components["schemas"]["KitComponentStock"][];
        };
        LoginRequest: {
            /**
             * @description A short label for the device, shown in its session list (never a person's name or number)
             * @example HP Android
             */
            deviceName?: string;
            /** @example pasokan-demo */
            password: string;
            /** @example admin */
            username: string;
        };
        LoginResponse: {
            /**
             * @description Send as `Authorization: Bearer <token>`
             * @example eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...
             */
            accessToken: string;
            /**
             * @description Seconds until the token expires
             * @example 28800
             */
            expiresIn: number;
            /**
             * Format: date-time
             * @description When the refresh token expires unless used before
             * @example 2027-03-02T02:00:00.000Z
             */
            refreshExpiresAt: string;
            /**
             * @description Opaque, long-lived: exchange it at POST /auth/refresh for a new access token. Keep it on the device only.
             * @example q3Jx0m1b2V...
             */
            refreshToken: string;
            /**
             * Format: uuid
             * @description This device session
             * @example 6a1f0c3e-2b4d-4e5f-8a9b-0c1d2e3f4a5b
             */
            sessionId: string;
            user: components["schemas"]["UserResponse"];
        };
        LotPage: {
            items: components["schemas"]["LotResponse"][];
            /** @example 50 */
            limit: number;
            /** @example 0 */
            offset: number;
            /**
             * @description Number of items matching the filters
             * @example 1
             */
            total: number;
        };
        LotResponse: {
            /** @example null */
            donorName: string | null;
            /**
             * Format: date
             * @example 2028-02-29
             */
            expiryDate: string;
            /**
             * @example GLOBAL_FUND
             * @enum {string}
             */
            fundingSource: "APBN" | "APBD" | "GLOBAL_FUND" | "OTHER_DONOR";
            /**
             * @description The product's GTIN (14 digits): a GTIN identifies the product, the lot number and expiry the lot
             * @example 08991234567891
             */
            gtin: string | null;
            /**
             * Format: uuid
             * @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
             */
            id: string;
            /** @example LDS2611A */
            lotNumber: string;
            /**
             * Format: uuid
             * @example 3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c
             */
            productId: string;
        };
        LotStockResponse: {
            /**
             * @description Days from the point's local date to the expiry date; negative once expired
             * @example 463
             */
            daysToExpiry: number;
            /** @example null */
            donorName: string | null;
            /**
             * Format: date
             * @example 2028-02-29
             */
            expiryDate: string;
            /**
             * @example GLOBAL_FUND
             * @enum {string}
             */
            fundingSource: "APBN" | "APBD" | "GLOBAL_FUND" | "OTHER_DONOR";
            /**
             * Format: uuid
             * @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
             */
            lotId: string;
            /** @example LDS2611A */
            lotNumber: string;
            /** @example 480 */
            quantity: number;
        };
        MarkReadRequest: {
            /**
             * @description These notifications (yours; others are ignored)
             * @example [
             *       "42",
             *       "43"
             *     ]
             */
            ids?: string[];
            /**
             * @description Every notification of yours up to and including this one ("mark all read")
             * @example 43
             */
            upTo?: string;
        };
        MarkReadResponse: {
            /**
             * @description How many were unread and are now read
             * @example 2
             */
            marked: number;
            /**
             * @description How many of yours are still unread
             * @example 1
             */
            unread: number;
        };
        MonthClosingPage: {
            items: components["schemas"]["MonthClosingResponse"][];
            /** @example 50 */
            limit: number;
            /** @example 0 */
            offset: number;
            /**
             * @description Number of items matching the filters
             * @example 1
             */
            total: number;
        };
        MonthClosingResponse: {
            /**
             * Format: date-time
             * @example 2026-12-16T03:00:00.000Z
             */
            closedAt: string;
            /** @example dinkes.bandung */
            closedBy: string;
            /** @example 2026-11 */
            month: string;
            /** @example null */
            note: string | null;
            /**
             * Format: uuid
             * @description null: the whole regency
             * @example null
             */
            pointId: string | null;
            /** @example 32.73 */
            regencyCode: string;
        };
        MonthlyReport: {
            /**
             * @description Whether the month is closed for every point in the report (then its figures never change)
             * @example false
             */
            closed: boolean;
            /**
             * @description How many of the points in the report have the month closed
             * @example 0
             */
            closedPoints: number;
            /** @description Per point and product, one page of points (ordered by point code) */
            items: components["schemas"]["MonthlyReportRow"][];
            /** @example 50 */
            limit: number;
            /** @example 2026-11 */
            month: string;
            /** @example 0 */
            offset: number;
            /**
             * @description Points in the report
             * @example 12
             */
            total: number;
            /** @description Per product, summed over every point of the report (not just the page) */
            totals: components["schemas"]["MonthlyReportRow"][];
        };
        MonthlyReportRow: {
            /** @description Signed: adjustments and stock count differences, per reason */
            adjustments: components["schemas"]["AdjustmentsByReason"];
            /**
             * @description Whether the identity above holds (always true unless the ledger has a line of an unknown kind)
             * @example true
             */
            balanced: boolean;
            /**
             * @description Stock at the end of the month = opening + received - issued - shippedOut + adjustments
             * @example 1040
             */
            closing: number;
            /**
             * @description Used by clients: distributions net of their reversals
             * @example 2650
             */
            issued: number;
            /**
             * @description Earliest expiry of the lots on hand at the end of the month
             * @example 2027-03-31
             */
            nearestExpiry: string | null;
            /**
             * @description Stock at the start of the month
             * @example 1200
             */
            opening: number;
            /** @example DIC-MKS-01 */
            pointCode: string | null;
            /**
             * Format: uuid
             * @description null on an aggregate row
             * @example 0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10
             */
            pointId: string | null;
            /** @example DIC Makassar */
            pointName: string | null;
            /** @example NSP-1ML */
            productCode: string;
            /**
             * Format: uuid
             * @example 3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c
             */
            productId: string;
            /**
             * @description Receipts and shipments received (net of their reversals)
             * @example 3000
             */
            received: number;
            /** @example 73.71 */
            regencyCode: string | null;
            /**
             * @description Quantity asked for in resupply requests submitted in the month (cancelled ones left out)
             * @example 3000
             */
            requested: number;
            /**
             * @description Shipments sent to other points (outreach kits it supplies, transfers), net of cancellations
             * @example 500
             */
            shippedOut: number;
            /**
             * @description Days of the month the point had none of the product (stock-out periods)
             * @example 0
             */
            stockoutDays: number;
        };
        MovementLineResponse: {
            /**
             * @description Stock counts: the counted quantity
             * @example null
             */
            countedQuantity: number | null;
            /**
             * Format: date
             * @example 2028-02-29
             */
            expiryDate: string;
            /** @example 1 */
            lineNo: number;
            /**
             * Format: uuid
             * @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
             */
            lotId: string;
            /** @example LDS2611A */
            lotNumber: string;
            /** @example NS-1ML-LDS-29G */
            productCode: string;
            /**
             * Format: uuid
             * @example 3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c
             */
            productId: string;
            /** @example Syringe 1 ml, fixed 29G needle, low dead space */
            productName: string;
            /**
             * @description The name in Bahasa Indonesia, when the catalogue has one
             * @example Alat suntik steril 1 ml, jarum tetap 29G
             */
            productNameId: string | null;
            /**
             * @description Signed change to the point's stock of this lot
             * @example -200
             */
            quantity: number;
            /**
             * @example null
             * @enum {string|null}
             */
            reason: "damaged" | "quality_problem" | "lost" | "stolen" | "found" | "expired_write_off" | "correction" | null;
        };
        MovementPage: {
            items: components["schemas"]["MovementResponse"][];
            /** @example 50 */
            limit: number;
            /** @example 0 */
            offset: number;
            /**
             * @description Number of items matching the filters
             * @example 1
             */
            total: number;
        };
        MovementResponse: {
            /**
             * @example null
             * @enum {string|null}
             */
            aboveCapReason: "collecting_for_others" | "long_interval" | "group_supply" | null;
            /**
             * @example outreach
             * @enum {string|null}
             */
            channel: "at_point" | "outreach" | "hotspot" | "peer_secondary" | null;
            /** @example 12 */
            contacts: number | null;
            /**
             * @example individual
             * @enum {string|null}
             */
            contactType: "individual" | "group" | "virtual" | null;
            /**
             * Format: uuid
             * @example 1f7b6c1e-4a8f-4d0e-9b51-3c2a7a9e5d10
             */
            id: string;
            lines: components["schemas"]["MovementLineResponse"][];
            /**
             * @example null
             * @enum {string|null}
             */
            naloxoneRefillReason: "used_on_overdose" | "lost" | "confiscated" | "expired" | null;
            /** @example 3 */
            newContacts: number | null;
            /** @example null */
            note: string | null;
            /**
             * Format: date-time
             * @example 2026-11-23T02:30:00.000Z
             */
            occurredAt: string;
            /** @example null */
            overdoseReversals: number | null;
            /** @example DIC-BDG-01 */
            pointCode: string;
            /**
             * Format: uuid
             * @example 0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10
             */
            pointId: string;
            /** @example Drop-in Centre Bandung Wetan */
            pointName: string;
            /**
             * Format: date-time
             * @example 2026-11-23T02:31:05.123Z
             */
            recordedAt: string;
            /** @example staff.dic.bandung */
            recordedBy: string;
            /**
             * Format: uuid
             * @example null
             */
            reversesMovementId: string | null;
            /** @description Sharps movements and their reversals only: the sharps ledger lines (never stock) */
            sharps?: components["schemas"]["SharpsLineResponse"][];
            /**
             * Format: uuid
             * @example null
             */
            shipmentId: string | null;
            /** @example null */
            source: string | null;
            /** @example distribution */
            type: string;
            /** @description Only in the 201 answer to a receipt: lots received already expired or within their critical warning window (the alert is raised at once too) */
            warnings?: components["schemas"]["MovementWarning"][];
        };
        MovementWarning: {
            /**
             * @example LOT_EXPIRES_SOON
             * @enum {string}
             */
            code: "LOT_EXPIRED_ON_RECEIPT" | "LOT_EXPIRES_SOON";
            /**
             * @description Days from the point's local today (negative: expired)
             * @example 18
             */
            daysToExpiry: number;
            /**
             * Format: date
             * @example 2026-12-20
             */
            expiryDate: string;
            /** @example 1 */
            lineNo: number;
            /**
             * Format: uuid
             * @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
             */
            lotId: string;
            /** @example SWAB2611A */
            lotNumber: string;
            /** @example Lot SWAB2611A expires in 18 days (2026-12-20): hand it out first or ask the district officer to move it. */
            message: string;
        };
        NotificationPage: {
            items: components["schemas"]["NotificationResponse"][];
            /** @example 50 */
            limit: number;
            /** @example 0 */
            offset: number;
            /**
             * @description How many match the filter
             * @example 12
             */
            total: number;
            /**
             * @description How many of yours are unread
             * @example 3
             */
            unread: number;
        };
        NotificationResponse: {
            /**
             * Format: date-time
             * @example 2026-12-03T02:15:00.000Z
             */
            createdAt: string;
            /**
             * @description Codes, names and figures per kind (src/notifications/notification-kinds.ts); never free text
             * @example {
             *       "pointCode": "DIC-BDG-01",
             *       "pointName": "Drop-in Centre Bandung Wetan",
             *       "requestId": "3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c",
             *       "changed": true
             *     }
             */
            details: {
                [key: string]: unknown;
            };
            /**
             * Format: uuid
             * @description Numbered in the order they were made (a string: a 64-bit number)
             * @example 42
             */
            id: string;
            /**
             * @example request_approved
             * @enum {string}
             */
            kind: "request_submitted" | "request_approved" | "request_rejected" | "request_shipped" | "shipment_sent" | "stockout" | "lot_expiring" | "month_closing";
            /**
             * Format: uuid
             * @description The point it is about
             * @example 0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10
             */
            pointId: string | null;
            /**
             * Format: date-time
             * @example null
             */
            readAt: string | null;
            /**
             * Format: uuid
             * @description The request, shipment, product or lot it is about
             * @example 3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c
             */
            subjectId: string | null;
        };
        PointHistoryMonth: {
            /**
             * @description Stock on hand (all lots, expired included) at the end of the month; now, for the current month
             * @example 1250
             */
            closingStock: number;
            /**
             * @description Consumed in the month: distribution and supply to dependent points, net of reversals (what the AMC averages)
             * @example 310
             */
            consumed: number;
            /**
             * @description A month of the point's local calendar
             * @example 2026-10
             */
            month: string;
        };
        PointHistoryResponse: {
            /** @description Oldest first */
            months: components["schemas"]["PointHistoryMonth"][];
            /**
             * Format: uuid
             * @example 0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10
             */
            pointId: string;
            /**
             * Format: uuid
             * @example 3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c
             */
            productId: string;
            /** @description Periods without usable stock that overlap the months, oldest first */
            stockoutPeriods: components["schemas"]["StockoutPeriodResponse"][];
        };
        PointPage: {
            items: components["schemas"]["PointResponse"][];
            /** @example 50 */
            limit: number;
            /** @example 0 */
            offset: number;
            /**
             * @description Number of items matching the filters
             * @example 1
             */
            total: number;
        };
        PointResponse: {
            /** @example true */
            active: boolean;
            /** @example DIC-BDG-01 */
            code: string;
            /**
             * Format: date-time
             * @example 2026-11-23T01:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: uuid
             * @example 0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10
             */
            id: string;
            /** @example false */
            mayHoldRestricted: boolean;
            /** @example DIC Rumah Cemara Bandung */
            name: string;
            /** @example 32 */
            provinceCode: string;
            /** @example 32.73 */
            regencyCode: string;
            /** @example Kota Bandung */
            regencyName: string;
            /**
             * Format: uuid
             * @example 5f1c0d2e-7a4b-4c3d-9e8f-1a2b3c4d5e6f
             */
            supplierPointId: string | null;
            /**
             * @description The point's local time zone; 'today' for expiry is its local date
             * @example Asia/Jakarta
             * @enum {string}
             */
            timeZone: "Asia/Jakarta" | "Asia/Makassar" | "Asia/Jayapura";
            /**
             * @example drop_in_centre
             * @enum {string}
             */
            type: "district_health_office" | "ngo_office" | "drop_in_centre" | "puskesmas" | "hospital" | "outreach" | "other";
            /**
             * Format: date-time
             * @example 2026-11-23T01:00:00.000Z
             */
            updatedAt: string;
        };
        ProblemSchema: {
            /**
             * @example VALIDATION_FAILED
             * @enum {string}
             */
            code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "AUTHENTICATION_REQUIRED" | "INVALID_CREDENTIALS" | "INVALID_TOKEN" | "ACCOUNT_DEACTIVATED" | "SESSION_REVOKED" | "SESSION_EXPIRED" | "FORBIDDEN_ROLE" | "SELF_APPROVAL" | "OUT_OF_SCOPE" | "LATERAL_TRANSFER_NEEDS_APPROVAL" | "ROUTE_NOT_FOUND" | "USER_NOT_FOUND" | "PRODUCT_NOT_FOUND" | "POINT_NOT_FOUND" | "PROVINCE_NOT_FOUND" | "MOVEMENT_NOT_FOUND" | "SHIPMENT_NOT_FOUND" | "ALERT_NOT_FOUND" | "REQUEST_NOT_FOUND" | "SESSION_NOT_FOUND" | "USERNAME_TAKEN" | "PRODUCT_CODE_TAKEN" | "POINT_CODE_TAKEN" | "GTIN_TAKEN" | "REQUEST_NOT_SUBMITTED" | "ALERT_RESOLVED" | "FLAG_NOT_FOUND" | "FLAG_REVIEWED" | "SHIFT_NOT_FOUND" | "SHIFT_ALREADY_OPEN" | "SHIFT_CLOSED" | "NOT_AN_OUTREACH_KIT" | "NOT_A_KIT" | "SHIFT_DIFFERENCE_UNEXPLAINED" | "SHIPMENT_NOT_IN_TRANSIT" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNKNOWN_REGENCY" | "UNKNOWN_POINT" | "INVALID_SCOPE" | "INVALID_SUPPLIER" | "RESTRICTED_NOT_ALLOWED" | "RESTRICTED_STOCK_HELD" | "CANNOT_CHANGE_OWN_ACCOUNT" | "WRONG_CURRENT_PASSWORD" | "INSUFFICIENT_STOCK" | "DAILY_QUANTITY_LIMIT" | "LOT_EXPIRED" | "LOT_NOT_EXPIRED" | "LOT_MISMATCH" | "RESTRICTED_PRODUCT" | "VIRTUAL_CONTACT_NO_NEEDLES" | "ABOVE_CONTACT_CAP" | "SHARPS_NOT_HELD" | "SHARPS_DESTRUCTION_NOT_ALLOWED" | "UNKNOWN_PRODUCT" | "UNKNOWN_LOT" | "IDEMPOTENCY_KEY_REUSED" | "ALREADY_REVERSED" | "NOT_REVERSIBLE" | "OCCURRED_IN_FUTURE" | "OCCURRED_TOO_LONG_AGO" | "MONTH_CLOSED" | "MONTH_NOT_OVER" | "GTIN_MISMATCH" | "COUNT_DIFFERENCE_NEEDS_REASON" | "REASON_DOES_NOT_FIT" | "INACTIVE_POINT" | "SHIPMENT_RECEIPT_MISMATCH" | "NO_SUPPLIER" | "REQUEST_NOT_SHIPPABLE" | "EXCEEDS_APPROVED" | "REFERENCED_DATA_MISSING" | "DOCUMENT_NOT_AVAILABLE" | "WEBHOOK_NOT_FOUND" | "DHIS2_NOT_CONFIGURED" | "DHIS2_NOTHING_MAPPED" | "EXPORT_TOO_LARGE" | "TOO_MANY_REQUESTS" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "REQUEST_TIMED_OUT";
            /** @example Please correct these fields. regencyCode: regencyCode must match the pattern NN.NN */
            detail: string;
            errors?: components["schemas"]["FieldErrorSchema"][];
            /** @example /api/v1/points */
            instance?: string;
            /** @example 5b0e6f0e-8a0b-4f43-9c43-3a4cf0b1b3f0 */
            requestId?: string;
            /** @example 400 */
            status: number;
            /** @example The request is not valid */
            title: string;
            /** @example urn:pasokan:problem:validation-failed */
            type: string;
        };
        ProductPage: {
            items: components["schemas"]["ProductResponse"][];
            /** @example 50 */
            limit: number;
            /** @example 0 */
            offset: number;
            /**
             * @description Number of items matching the filters
             * @example 1
             */
            total: number;
        };
        ProductResponse: {
            /** @example true */
            active: boolean;
            /**
             * @example needle_syringe
             * @enum {string}
             */
            category: "needle_syringe" | "swab" | "condom" | "lubricant" | "iec" | "naloxone" | "other";
            /** @example NS-1ML-LDS */
            code: string;
            /** @description A kit's bill of materials (docs/kits.md): what one kit holds; empty for a product that is not a kit */
            components: components["schemas"]["KitComponentResponse"][];
            /**
             * @description Syringe sets, needles or barrels, or naloxone doses, in one unit
             * @example 1
             */
            contentsPerUnit: number;
            /**
             * Format: date-time
             * @example 2026-11-23T01:00:00.000Z
             */
            createdAt: string;
            /** @example null */
            edition: string | null;
            /**
             * @description Effective warning windows (the product's own or its category default)
             * @example [
             *       180,
             *       90,
             *       30
             *     ]
             */
            expiryWarningDays: number[];
            /**
             * @description Whether expiryWarningDays is set on the product rather than taken from the category
             * @example false
             */
            expiryWarningDaysOverridden: boolean;
            /**
             * @description GS1 GTIN, 14 digits
             * @example 08991234567891
             */
            gtin: string | null;
            /**
             * Format: uuid
             * @example 3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c
             */
            id: string;
            /** @example Syringe 1 ml, fixed 29G needle, low dead space */
            name: string;
            /**
             * @description Name in Bahasa Indonesia, when the catalogue has one
             * @example Alat suntik steril 1 ml, jarum tetap 29G
             */
            nameId: string | null;
            /** @example 100 */
            packSize: number;
            /** @example false */
            restricted: boolean;
            /**
             * Format: uuid
             * @description Set when a newer edition replaces this product
             * @example null
             */
            supersededByProductId: string | null;
            /**
             * @description needle_syringe products: set, needle or barrel; null otherwise
             * @example set
             * @enum {string|null}
             */
            syringeContent: "set" | "needle" | "barrel" | null;
            /** @example piece */
            unit: string;
            /**
             * Format: date-time
             * @example 2026-11-23T01:00:00.000Z
             */
            updatedAt: string;
        };
        ProductStockResponse: {
            /** @example 20 */
            expired: number;
            /**
             * @description Dispatched to this point and not yet received
             * @example 100
             */
            inTransitInbound: number;
            lots: components["schemas"]["LotStockResponse"][];
            /**
             * @description Everything held, expired included
             * @example 500
             */
            onHand: number;
            /** @example NS-1ML-LDS-29G */
            productCode: string;
            /**
             * Format: uuid
             * @example 3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c
             */
            productId: string;
            /** @example Syringe 1 ml, fixed 29G needle, low dead space */
            productName: string;
            /**
             * @description The name in Bahasa Indonesia, when the catalogue has one
             * @example Alat suntik steril 1 ml, jarum tetap 29G
             */
            productNameId: string | null;
            /**
             * @description Not expired: what can be handed out
             * @example 480
             */
            usable: number;
        };
        ProgrammeReport: {
            /** @example 2026-07 */
            from: string;
            /** @description Per point and month (months with nothing to report are left out) */
            items: components["schemas"]["ProgrammeRow"][];
            /** @description Per regency and month over the points in scope (pointId null) */
            regencies: components["schemas"]["ProgrammeRow"][];
            /** @example 2026-12 */
            to: string;
        };
        ProgrammeRow: {
            /**
             * @description Client contacts of the distributions (any product), reversed distributions left out
             * @example 240
             */
            contacts: number;
            /**
             * @description Full containers destroyed here
             * @example 0
             */
            containersDestroyed: number;
            /**
             * @description Full containers handed over to other points
             * @example 2
             */
            containersHandedOver: number;
            /**
             * @description Full containers received from other points for destruction
             * @example 1
             */
            containersReceived: number;
            /**
             * @description Full containers returned or filled here
             * @example 2
             */
            containersReturned: number;
            /**
             * @description Complete needle-syringe sets distributed to clients (sets, plus the lesser of needles and barrels handed out on their own)
             * @example 1200
             */
            distributed: number;
            /**
             * @description Of distributed: at the point
             * @example 500
             */
            distributedAtPoint: number;
            /**
             * @description Of distributed: at a hotspot
             * @example 100
             */
            distributedHotspot: number;
            /**
             * @description Of distributed: recorded without a channel
             * @example 50
             */
            distributedNoChannel: number;
            /**
             * @description Of distributed: on outreach
             * @example 400
             */
            distributedOutreach: number;
            /**
             * @description Of distributed: passed on by a peer collecting for others (secondary distribution)
             * @example 150
             */
            distributedPeerSecondary: number;
            /** @example 2026-11 */
            month: string;
            /**
             * @description Naloxone doses distributed (units x doses per unit)
             * @example 24
             */
            naloxoneDoses: number;
            /**
             * @description Distributions of naloxone that were refills (any reason)
             * @example 5
             */
            naloxoneRefills: number;
            /**
             * @description Naloxone units (kits, ampoules) distributed
             * @example 12
             */
            naloxoneUnits: number;
            /**
             * @description Of contacts: new, where the distribution said
             * @example 30
             */
            newContacts: number;
            /**
             * @description Overdose reversals reported with refills
             * @example 3
             */
            overdoseReversals: number;
            /**
             * @description null on a regency row
             * @example DIC-BDG-01
             */
            pointCode: string | null;
            /**
             * Format: uuid
             * @description null on a regency row
             * @example 0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10
             */
            pointId: string | null;
            /**
             * @description Of refills: confiscated
             * @example 1
             */
            refillsConfiscated: number;
            /**
             * @description Of refills: expired
             * @example 0
             */
            refillsExpired: number;
            /**
             * @description Of refills: lost
             * @example 1
             */
            refillsLost: number;
            /**
             * @description Of refills: the naloxone was used on an overdose
             * @example 3
             */
            refillsUsedOnOverdose: number;
            /** @example 32.73 */
            regencyCode: string;
            /**
             * @description Used syringes returned
             * @example 800
             */
            returned: number;
            /**
             * @description Of returned, estimated from container fill rather than counted
             * @example 300
             */
            returnedEstimated: number;
            /**
             * @description returned / distributed, 3 decimals; null when no set was distributed
             * @example 0.667
             */
            returnRatio: number | null;
        };
        ProvinceResponse: {
            /**
             * @description Kemendagri province code
             * @example 32
             */
            code: string;
            /** @example Jawa Barat */
            name: string;
            /**
             * @example Asia/Jakarta
             * @enum {string}
             */
            timeZone: "Asia/Jakarta" | "Asia/Makassar" | "Asia/Jayapura";
        };
        PutStockLevelsRequest: {
            /** @description The point's own levels; products not listed use the defaults of the point type */
            levels: components["schemas"]["StockLevelRequest"][];
        };
        PwidEstimatePage: {
            items: components["schemas"]["PwidEstimateResponse"][];
            /** @example 50 */
            limit: number;
            /** @example 0 */
            offset: number;
            /**
             * @description Number of items matching the filters
             * @example 1
             */
            total: number;
        };
        PwidEstimateResponse: {
            /**
             * @description The newest record for its regency and year: the one reports use
             * @example true
             */
            current: boolean;
            /** @example 1850 */
            estimate: number;
            /**
             * Format: uuid
             * @example 7c0e2c3a-8b4f-4c1e-9d2a-5f6b7c8d9e0f
             */
            id: string;
            /**
             * Format: date-time
             * @example 2026-12-03T02:31:05.123Z
             */
            recordedAt: string;
            /** @example district.bandung */
            recordedBy: string;
            /** @example 32.73 */
            regencyCode: string;
            /** @example Estimasi populasi kunci Kemenkes 2024 */
            source: string;
            /** @example 2025 */
            year: number;
        };
        ReceiptLineRequest: {
            /**
             * @description Receipts funded by OTHER_DONOR: the donor
             * @example Yayasan Contoh
             */
            donorName?: string;
            /**
             * @description Receipts: expiry as YYYY-MM-DD, or YYYY-MM meaning the last day of the month
             * @example 2028-02
             */
            expiryDate: string;
            /**
             * @description Receipts
             * @example GLOBAL_FUND
             * @enum {string}
             */
            fundingSource: "APBN" | "APBD" | "GLOBAL_FUND" | "OTHER_DONOR";
            /**
             * @description Receipts: GTIN from the GS1 barcode (8, 12, 13 or 14 digits, check digit verified); it must be the product's GTIN
             * @example 08991234567891
             */
            gtin?: string;
            /**
             * @description Receipts: lot/batch number as printed; stored upper case without spaces (`lds 2611a` is LDS2611A)
             * @example LDS2611A
             */
            lotNumber: string;
            /**
             * Format: uuid
             * @example 3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c
             */
            productId: string;
            /**
             * @description Whole units. Positive, except a `correction` adjustment (signed) and a stock count (the counted quantity, 0 or more).
             * @example 200
             */
            quantity: number;
        };
        ReceiptMovementRequest: {
            /**
             * Format: uuid
             * @description Generated by the client; a retry with the same id is recorded once
             * @example 1f7b6c1e-4a8f-4d0e-9b51-3c2a7a9e5d10
             */
            id: string;
            /** @description At least one line; a reversal has none (leave it out or send []) */
            lines: components["schemas"]["ReceiptLineRequest"][];
            /** @example Outreach session at Cibinong terminal */
            note?: string;
            /**
             * Format: date-time
             * @description When it happened: a date and time with an offset, or without one in the point's local time (WIB/WITA/WIT); a bare date is refused. May be in the past for entries made offline (up to BACKDATING_DAYS, never in a closed month); at most 5 minutes ahead.
             * @example 2026-11-23T09:30:00+07:00
             */
            occurredAt: string;
            /**
             * @description Receipts: the supplier or donor the stock came from
             * @example Dinkes Provinsi Jawa Barat
             */
            source: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "receipt";
        };
        ReceiveLineRequest: {
            /**
             * @description Required when less arrived than was sent
             * @example damaged
             * @enum {string}
             */
            discrepancyReason?: "damaged" | "lost" | "stolen" | "quality_problem" | "expired_write_off" | "correction";
            /**
             * Format: uuid
             * @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
             */
            lotId: string;
            /** @example 190 */
            quantityReceived: number;
        };
        ReceiveShipmentRequest: {
            /**
             * Format: uuid
             * @description Id of the receipt, generated by the client
             * @example 7b2e4a1f-3c5d-4e6f-9a0b-1c2d3e4f5a6b
             */
            id: string;
            /** @description One line per lot of the shipment */
            lines: components["schemas"]["ReceiveLineRequest"][];
            /** @example One box wet from rain */
            note?: string;
            /**
             * Format: date-time
             * @description When it arrived; default now. Without an offset: the receiving point's local time
             * @example 2026-11-24T10:00:00+07:00
             */
            occurredAt?: string;
        };
        RecordMovementRequest: components["schemas"]["ReceiptMovementRequest"] | components["schemas"]["DistributionMovementRequest"] | components["schemas"]["AdjustmentMovementRequest"] | components["schemas"]["StockCountMovementRequest"] | components["schemas"]["ReversalMovementRequest"] | components["schemas"]["KitAssemblyMovementRequest"] | components["schemas"]["KitDisassemblyMovementRequest"];
        RecordPwidEstimateRequest: {
            /**
             * @description Estimated number of people who inject drugs in the regency
             * @example 1850
             */
            estimate: number;
            /**
             * @description The regency or city (district officers: one of theirs)
             * @example 32.73
             */
            regencyCode: string;
            /**
             * @description Where the estimate comes from (a publication, a mapping exercise); 2-200 characters
             * @example Estimasi populasi kunci Kemenkes 2024
             */
            source: string;
            /**
             * @description The year the estimate is for
             * @example 2025
             */
            year: number;
        };
        RecordSharpsRequest: {
            /**
             * @description Full sharps containers: filled or brought back (return), handed over, or destroyed
             * @example 2
             */
            containers?: number;
            /**
             * @description Returns with syringes: counted one by one, or estimated from how full the sharps containers were
             * @example counted
             * @enum {string}
             */
            countMethod?: "counted" | "estimated";
            /**
             * @description Destructions: how the containers were destroyed
             * @example incinerator
             * @enum {string}
             */
            destructionMethod?: "incinerator" | "needle_destroyer" | "licensed_waste_carrier";
            /**
             * Format: uuid
             * @description Generated by the client; a retry with the same id is recorded once
             * @example 6a1f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b
             */
            id: string;
            /**
             * Format: date-time
             * @description When it happened: with an offset, or in the point's local time (WIB/WITA/WIT). The backdating rules of movements apply.
             * @example 2026-11-23T09:30:00+07:00
             */
            occurredAt: string;
            /**
             * @description Returns: used syringes that came back
             * @example 240
             */
            syringes?: number;
            /**
             * Format: uuid
             * @description Hand-overs: the point that takes the containers
             * @example 0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10
             */
            toPointId?: string;
            /**
             * @example return
             * @enum {string}
             */
            type: "return" | "handover" | "destruction";
        };
        RedactedText: {
            /** @example note */
            column: string;
            /**
             * @description Rows whose text became "[redacted]"
             * @example 1
             */
            rows: number;
            /** @example movements */
            table: string;
        };
        RedactionRequest: {
            /**
             * Format: uuid
             * @example 3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c
             */
            entityId: string;
            /**
             * @description movement: its note and source; shipment: its note and its movements’ notes; resupply_request: its note, rejection reason, line notes, approval comments and the same text in its history; point, product, user, stock_levels: names, notes and comments in their audit log entries. Every kind also covers audit entries of the id.
             * @example movement
             * @enum {string}
             */
            entityType: "movement" | "shipment" | "resupply_request" | "point" | "product" | "user" | "stock_levels";
        };
        RedactionResponse: {
            /**
             * Format: uuid
             * @description The audit log entry that records this redaction
             * @example 1042
             */
            auditEntryId: string;
            /**
             * Format: uuid
             * @example 3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c
             */
            entityId: string;
            /**
             * @example movement
             * @enum {string}
             */
            entityType: "movement" | "shipment" | "resupply_request" | "point" | "product" | "user" | "stock_levels";
            redacted: components["schemas"]["RedactedText"][];
        };
        RedistributionSuggestion: {
            /** @example 75 */
            daysToExpiry: number;
            /**
             * Format: date
             * @example 2027-02-06
             */
            expiryDate: string;
            /** @example DIC-BDG-01 */
            fromPointCode: string;
            /**
             * Format: uuid
             * @example 0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10
             */
            fromPointId: string;
            /**
             * Format: uuid
             * @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
             */
            lotId: string;
            /** @example SWAB-ALC-A */
            lotNumber: string;
            /**
             * Format: uuid
             * @example 3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c
             */
            productId: string;
            /** @example 300 */
            quantity: number;
            /**
             * @description Receiver stock (and earlier suggestions) expiring no later, used first
             * @example 150
             */
            receiverStockAhead: number;
            /**
             * @description What the receiver would hand out by the expiry date at its consumption rate
             * @example 450
             */
            receiverUseBeforeExpiry: number;
            /** @description Add an `id` and POST it to /api/v1/shipments to make it happen */
            shipment: components["schemas"]["ShipmentTemplate"];
            /** @example PKM-BDG-KOPO */
            toPointCode: string;
            /**
             * Format: uuid
             * @example 5f1c0d2e-7a4b-4c3d-9e8f-1a2b3c4d5e6f
             */
            toPointId: string;
        };
        RefreshRequest: {
            /**
             * @description The refreshToken given at login
             * @example q3Jx0m1b2V...
             */
            refreshToken: string;
        };
        RefreshResponse: {
            /**
             * @description A new access token for the same session
             * @example eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...
             */
            accessToken: string;
            /**
             * @description Seconds until the access token expires
             * @example 28800
             */
            expiresIn: number;
            /**
             * Format: date-time
             * @description When the refresh token expires unless used again before
             * @example 2027-03-02T02:00:00.000Z
             */
            refreshExpiresAt: string;
        };
        RegencyResponse: {
            /**
             * @description Kemendagri regency/city (kabupaten/kota) code
             * @example 32.01
             */
            code: string;
            /** @example Kabupaten Bogor */
            name: string;
            /** @example 32 */
            provinceCode: string;
            /**
             * @example Asia/Jakarta
             * @enum {string}
             */
            timeZone: "Asia/Jakarta" | "Asia/Makassar" | "Asia/Jayapura";
        };
        RejectRequest: {
            /** @example Send the request to the Dinkes office instead */
            reason: string;
        };
        RequestEventResponse: {
            /**
             * Format: date-time
             * @example 2026-11-23T03:00:00.000Z
             */
            at: string;
            /** @example staff.lsm.cibinong */
            by: string | null;
            /** @example {} */
            details: {
                [key: string]: unknown;
            };
            /** @example approved */
            status: string;
        };
        RequestLineRequest: {
            /** @example Two new clients at the terminal */
            note?: string;
            /**
             * Format: uuid
             * @example 3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c
             */
            productId: string;
            /** @example 500 */
            quantity: number;
        };
        RequestLineResponse: {
            /** @example Only 400 in stock */
            approvalComment: string | null;
            /** @example 400 */
            approvedQuantity: number | null;
            /** @example null */
            note: string | null;
            /** @example SWAB-ALC */
            productCode: string;
            /**
             * Format: uuid
             * @example 3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c
             */
            productId: string;
            /** @example Alcohol swab, 70% isopropyl */
            productName: string;
            /**
             * @description The name in Bahasa Indonesia, when the catalogue has one
             * @example Kapas alkohol 70%
             */
            productNameId: string | null;
            /** @example 500 */
            quantity: number;
            /**
             * @description Received so far
             * @example 390
             */
            receivedQuantity: number;
            /**
             * @description Sent in shipments that are in transit or received
             * @example 400
             */
            shippedQuantity: number;
        };
        ResupplyRequestDetail: {
            /**
             * Format: date-time
             * @example null
             */
            decidedAt: string | null;
            /** @example null */
            decidedBy: string | null;
            /** @description Every change: who and when */
            history: components["schemas"]["RequestEventResponse"][];
            /**
             * Format: uuid
             * @example 2b3c4d5e-6f70-4a1b-8c2d-3e4f5a6b7c8d
             */
            id: string;
            lines: components["schemas"]["RequestLineResponse"][];
            /** @example null */
            note: string | null;
            /** @example OUT-CBN-01 */
            pointCode: string;
            /**
             * Format: uuid
             * @example 0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10
             */
            pointId: string;
            /** @example Tas penjangkau Cibinong (outreach kit) */
            pointName: string;
            /** @example null */
            rejectionReason: string | null;
            /**
             * Format: date-time
             * @example 2026-11-23T02:00:00.000Z
             */
            requestedAt: string;
            /** @example outreach.cibinong */
            requestedBy: string;
            /** @description Shipments fulfilling the request, with what was received */
            shipments: components["schemas"]["ShipmentResponse"][];
            /**
             * @example submitted
             * @enum {string}
             */
            status: "submitted" | "approved" | "rejected" | "cancelled" | "partially_shipped" | "shipped" | "received";
            /** @example LSM-CBN-01 */
            supplierPointCode: string;
            /**
             * Format: uuid
             * @example 5f1c0d2e-7a4b-4c3d-9e8f-1a2b3c4d5e6f
             */
            supplierPointId: string;
            /** @example Kantor LSM Cibinong */
            supplierPointName: string;
        };
        ResupplyRequestPage: {
            items: components["schemas"]["ResupplyRequestResponse"][];
            /** @example 50 */
            limit: number;
            /** @example 0 */
            offset: number;
            /**
             * @description Number of items matching the filters
             * @example 1
             */
            total: number;
        };
        ResupplyRequestResponse: {
            /**
             * Format: date-time
             * @example null
             */
            decidedAt: string | null;
            /** @example null */
            decidedBy: string | null;
            /**
             * Format: uuid
             * @example 2b3c4d5e-6f70-4a1b-8c2d-3e4f5a6b7c8d
             */
            id: string;
            lines: components["schemas"]["RequestLineResponse"][];
            /** @example null */
            note: string | null;
            /** @example OUT-CBN-01 */
            pointCode: string;
            /**
             * Format: uuid
             * @example 0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10
             */
            pointId: string;
            /** @example Tas penjangkau Cibinong (outreach kit) */
            pointName: string;
            /** @example null */
            rejectionReason: string | null;
            /**
             * Format: date-time
             * @example 2026-11-23T02:00:00.000Z
             */
            requestedAt: string;
            /** @example outreach.cibinong */
            requestedBy: string;
            /**
             * @example submitted
             * @enum {string}
             */
            status: "submitted" | "approved" | "rejected" | "cancelled" | "partially_shipped" | "shipped" | "received";
            /** @example LSM-CBN-01 */
            supplierPointCode: string;
            /**
             * Format: uuid
             * @example 5f1c0d2e-7a4b-4c3d-9e8f-1a2b3c4d5e6f
             */
            supplierPointId: string;
            /** @example Kantor LSM Cibinong */
            supplierPointName: string;
        };
        ResupplySuggestion: {
            /** @description Ready to send as the lines of POST /api/v1/resupply-requests */
            lines: components["schemas"]["SuggestionLine"][];
            /**
             * Format: uuid
             * @example 0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10
             */
            pointId: string;
            /**
             * Format: uuid
             * @example 5f1c0d2e-7a4b-4c3d-9e8f-1a2b3c4d5e6f
             */
            supplierPointId: string | null;
        };
        ReversalMovementRequest: {
            /**
             * Format: uuid
             * @description Generated by the client; a retry with the same id is recorded once
             * @example 1f7b6c1e-4a8f-4d0e-9b51-3c2a7a9e5d10
             */
            id: string;
            /** @example Outreach session at Cibinong terminal */
            note?: string;
            /**
             * Format: date-time
             * @description When it happened: a date and time with an offset, or without one in the point's local time (WIB/WITA/WIT); a bare date is refused. May be in the past for entries made offline (up to BACKDATING_DAYS, never in a closed month); at most 5 minutes ahead.
             * @example 2026-11-23T09:30:00+07:00
             */
            occurredAt: string;
            /**
             * Format: uuid
             * @description Reversals: the movement to undo
             * @example 5d2c1b0a-9e8f-4d7c-8b6a-5f4e3d2c1b0a
             */
            reversesMovementId: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "reversal";
        };
        ReviewFlagRequest: {
            /**
             * @description What the review found, 3-500 characters; about the figures, never about a client
             * @example Checked with the DIC coordinator: a group supply for a rehabilitation centre, figures correct.
             */
            comment: string;
        };
        ScanFlagsRequest: {
            /**
             * @description The local month to scan; default the current and the previous month
             * @example 2026-11
             */
            month?: string;
        };
        ScanFlagsResponse: {
            /**
             * @description Unreviewed flags whose condition cleared (removed)
             * @example 1
             */
            cleared: number;
            /**
             * @example [
             *       "2026-11",
             *       "2026-12"
             *     ]
             */
            months: string[];
            /**
             * @description Of them, new
             * @example 3
             */
            raised: number;
            /**
             * @description Flags raised or still seen
             * @example 14
             */
            seen: number;
        };
        ScanResult: {
            /** @example 412 */
            durationMs: number;
            /**
             * @description New alerts by type
             * @example {
             *       "lot_expiring": 3,
             *       "expired_on_hand": 1
             *     }
             */
            raised: {
                [key: string]: unknown;
            };
            /**
             * @description Alerts resolved because their condition cleared
             * @example {
             *       "lot_expiring": 1
             *     }
             */
            resolved: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @example 2026-11-23T18:00:00.000Z
             */
            scannedAt: string;
            /**
             * @description Alerts still open and refreshed
             * @example 12
             */
            stillOpen: number;
        };
        SetKitComponentsRequest: {
            /** @description What one kit holds, one line per component product (at most 20) */
            components: components["schemas"]["KitComponentRequest"][];
        };
        SharpsLineResponse: {
            /**
             * @description Change in the full containers this point holds
             * @example 2
             */
            containers: number;
            /**
             * @description What the line counts as (a reversal: the type it undoes)
             * @example sharps_return
             * @enum {string}
             */
            countsAs: "sharps_return" | "sharps_handover" | "sharps_destruction";
            /**
             * @example null
             * @enum {string|null}
             */
            destructionMethod: "incinerator" | "needle_destroyer" | "licensed_waste_carrier" | null;
            /** @example 1 */
            lineNo: number;
            /** @example DIC-BDG-01 */
            pointCode: string;
            /**
             * Format: uuid
             * @example 0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10
             */
            pointId: string;
            /**
             * @description Syringes returned (negative in a reversal)
             * @example 240
             */
            syringes: number;
            /**
             * @description Whether the syringes were estimated from container fill; null when none
             * @example false
             */
            syringesEstimated: boolean | null;
        };
        SharpsMovementPage: {
            /**
             * @description Full sharps containers the point holds now
             * @example 3
             */
            containersHeld: number;
            items: components["schemas"]["SharpsMovementResponse"][];
            /** @example 50 */
            limit: number;
            /** @example 0 */
            offset: number;
            /**
             * @description Number of items matching the filters
             * @example 1
             */
            total: number;
        };
        SharpsMovementResponse: {
            /**
             * Format: uuid
             * @example 6a1f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b
             */
            id: string;
            lines: components["schemas"]["SharpsLineResponse"][];
            /**
             * Format: date-time
             * @example 2026-11-23T02:30:00.000Z
             */
            occurredAt: string;
            /** @example DIC-BDG-01 */
            pointCode: string;
            /**
             * Format: uuid
             * @example 0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10
             */
            pointId: string;
            /**
             * Format: date-time
             * @example 2026-11-23T02:31:05.123Z
             */
            recordedAt: string;
            /** @example staff.dic.bandung */
            recordedBy: string;
            /**
             * Format: uuid
             * @description A reversal: the sharps movement it undoes
             * @example null
             */
            reversesMovementId: string | null;
            /**
             * @example sharps_return
             * @enum {string}
             */
            type: "sharps_return" | "sharps_handover" | "sharps_destruction" | "reversal";
        };
        ShiftCountRequest: {
            /**
             * @description Usable units of the product left in the bag, counted
             * @example 38
             */
            counted: number;
            /**
             * @description Fewer than expected: damaged (an adjustment, reason damaged)
             * @example 0
             */
            damaged?: number;
            /**
             * @description More than expected: a recorded hand-out that did not happen (an adjustment, reason found)
             * @example 0
             */
            found?: number;
            /**
             * @description Fewer than expected: lost (an adjustment, reason lost)
             * @example 0
             */
            lost?: number;
            /**
             * Format: uuid
             * @example 3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c
             */
            productId: string;
            /**
             * @description Fewer than expected: handed out but not recorded (posted as a distribution)
             * @example 2
             */
            unrecorded?: number;
        };
        ShiftLineRequest: {
            /**
             * Format: uuid
             * @example 3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c
             */
            productId: string;
            /**
             * @description Units put in the bag (earliest-expiring usable lots first)
             * @example 100
             */
            quantity: number;
        };
        ShiftPage: {
            items: components["schemas"]["ShiftResponse"][];
            /** @example 50 */
            limit: number;
            /** @example 0 */
            offset: number;
            /**
             * @description Number of items matching the filters
             * @example 1
             */
            total: number;
        };
        ShiftProductResponse: {
            /**
             * @description Counted at the close
             * @example 38
             */
            counted: number | null;
            /** @example 0 */
            damaged: number | null;
            /**
             * @description counted - expected
             * @example -2
             */
            difference: number | null;
            /**
             * @description Handed out as recorded at the kit during the shift (open shift: so far)
             * @example 60
             */
            distributed: number;
            /**
             * @description What the ledger says is left (open shift: now)
             * @example 40
             */
            expected: number;
            /** @example 0 */
            found: number | null;
            /**
             * @description Put in the bag at the start
             * @example 100
             */
            issued: number;
            /** @example 0 */
            lost: number | null;
            /**
             * @description Usable in the kit before the issue
             * @example 0
             */
            opening: number;
            /**
             * @description Other changes at the kit during the shift (adjustments, receipts, lots that expired)
             * @example 0
             */
            otherChange: number;
            /** @example NS-1ML-LDS-29G */
            productCode: string;
            /**
             * Format: uuid
             * @example 7b0e5d8a-2c4f-4a1e-9d3b-6f8a0c2e4b61
             */
            productId: string;
            /** @example Syringe 1 ml, fixed 29G needle, low dead space */
            productName: string;
            /** @example Alat suntik steril 1 ml, jarum tetap 29G */
            productNameId: string | null;
            /**
             * @description Went back to the issuing point at the close
             * @example 38
             */
            returned: number | null;
            /** @example 2 */
            unrecorded: number | null;
        };
        ShiftResponse: {
            /**
             * Format: uuid
             * @description The adjustment posted for what was lost, damaged or found
             * @example null
             */
            adjustmentMovementId: string | null;
            /**
             * Format: date-time
             * @example 2026-12-04T09:00:00.000Z
             */
            closedAt: string | null;
            /** @example outreach.cibinong */
            closedBy: string | null;
            /**
             * @description Sum of |counted - expected| over the products (0 while open)
             * @example 2
             */
            differences: number;
            /**
             * Format: uuid
             * @example 7b0e5d8a-2c4f-4a1e-9d3b-6f8a0c2e4b61
             */
            id: string;
            /**
             * Format: uuid
             * @description The shipment that issued the bag (received at the kit at once)
             * @example 7b0e5d8a-2c4f-4a1e-9d3b-6f8a0c2e4b61
             */
            issueShipmentId: string;
            /** @example LSM-CBN-01 */
            issuingPointCode: string;
            /**
             * Format: uuid
             * @example 7b0e5d8a-2c4f-4a1e-9d3b-6f8a0c2e4b61
             */
            issuingPointId: string;
            /** @example Kantor LSM Cibinong */
            issuingPointName: string;
            /** @example OUT-CBN-01 */
            kitPointCode: string;
            /**
             * Format: uuid
             * @example 7b0e5d8a-2c4f-4a1e-9d3b-6f8a0c2e4b61
             */
            kitPointId: string;
            /** @example Tas penjangkau Cibinong (outreach kit) */
            kitPointName: string;
            /**
             * @description The kit's outreach officers (usernames)
             * @example [
             *       "outreach.cibinong"
             *     ]
             */
            officers: string[];
            products: components["schemas"]["ShiftProductResponse"][];
            /** @example 32.01 */
            regencyCode: string;
            /**
             * @example return
             * @enum {string}
             */
            remainder: "return" | "keep";
            /**
             * Format: uuid
             * @description The shipment that took the remainder back, when it went back
             * @example null
             */
            returnShipmentId: string | null;
            /**
             * Format: date-time
             * @example 2026-12-04T01:00:00.000Z
             */
            startedAt: string;
            /** @example staff.lsm.cibinong */
            startedBy: string;
            /**
             * @example open
             * @enum {string}
             */
            status: "open" | "closed";
            /**
             * Format: uuid
             * @description The distribution posted for what was handed out but not recorded
             * @example null
             */
            unrecordedMovementId: string | null;
        };
        ShiftTotalsResponse: {
            /** @example 2026-11 */
            from: string;
            items: components["schemas"]["ShiftTotalsRow"][];
            /**
             * @description Shifts open now, in the same area
             * @example 1
             */
            openShifts: number;
            /** @example 2026-12 */
            to: string;
        };
        ShiftTotalsRow: {
            /** @example 0 */
            damaged: number;
            /** @example 900 */
            distributed: number;
            /** @example 0 */
            found: number;
            /** @example 1200 */
            issued: number;
            /** @example OUT-CBN-01 */
            kitPointCode: string;
            /**
             * Format: uuid
             * @example 7b0e5d8a-2c4f-4a1e-9d3b-6f8a0c2e4b61
             */
            kitPointId: string;
            /** @example Tas penjangkau Cibinong (outreach kit) */
            kitPointName: string;
            /** @example 2 */
            lost: number;
            /**
             * @example [
             *       "outreach.cibinong"
             *     ]
             */
            officers: string[];
            /** @example NS-1ML-LDS-29G */
            productCode: string;
            /**
             * Format: uuid
             * @example 7b0e5d8a-2c4f-4a1e-9d3b-6f8a0c2e4b61
             */
            productId: string;
            /** @example Syringe 1 ml, fixed 29G needle, low dead space */
            productName: string;
            /** @example 32.01 */
            regencyCode: string;
            /** @example 288 */
            returned: number;
            /**
             * @description Closed shifts in the period
             * @example 12
             */
            shifts: number;
            /** @example 10 */
            unrecorded: number;
        };
        ShipmentLineRequest: {
            /**
             * Format: uuid
             * @description Omit to send the earliest-expiring usable lots first (FEFO)
             * @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
             */
            lotId?: string;
            /**
             * Format: uuid
             * @example 3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c
             */
            productId: string;
            /** @example 200 */
            quantity: number;
        };
        ShipmentLineResponse: {
            /**
             * @example damaged
             * @enum {string|null}
             */
            discrepancyReason: "damaged" | "lost" | "stolen" | "quality_problem" | "expired_write_off" | "correction" | null;
            /**
             * Format: date
             * @example 2028-02-29
             */
            expiryDate: string;
            /**
             * Format: uuid
             * @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
             */
            lotId: string;
            /** @example LDS2611A */
            lotNumber: string;
            /** @example NS-1ML-LDS-29G */
            productCode: string;
            /**
             * Format: uuid
             * @example 3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c
             */
            productId: string;
            /** @example Syringe 1 ml, fixed 29G needle, low dead space */
            productName: string;
            /**
             * @description The name in Bahasa Indonesia, when the catalogue has one
             * @example Alat suntik steril 1 ml, jarum tetap 29G
             */
            productNameId: string | null;
            /**
             * @description Lost in transit: sent minus received
             * @example 10
             */
            quantityLost: number | null;
            /** @example 190 */
            quantityReceived: number | null;
            /** @example 200 */
            quantitySent: number;
        };
        ShipmentLineTemplate: {
            /**
             * Format: uuid
             * @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
             */
            lotId: string;
            /**
             * Format: uuid
             * @example 3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c
             */
            productId: string;
            /** @example 300 */
            quantity: number;
        };
        ShipmentPage: {
            items: components["schemas"]["ShipmentResponse"][];
            /** @example 50 */
            limit: number;
            /** @example 0 */
            offset: number;
            /**
             * @description Number of items matching the filters
             * @example 1
             */
            total: number;
        };
        ShipmentResponse: {
            /**
             * Format: date-time
             * @example null
             */
            cancelledAt: string | null;
            /**
             * Format: uuid
             * @example null
             */
            cancelMovementId: string | null;
            /**
             * Format: date-time
             * @example 2026-11-23T02:30:00.000Z
             */
            dispatchedAt: string;
            /**
             * Format: uuid
             * @example 6a1d3f0e-2b4c-4d5e-8f9a-0b1c2d3e4f5a
             */
            dispatchMovementId: string;
            /** @example DINKES-3273 */
            fromPointCode: string;
            /**
             * Format: uuid
             * @example 0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10
             */
            fromPointId: string;
            /** @example Dinas Kesehatan Kota Bandung */
            fromPointName: string;
            /**
             * Format: uuid
             * @example 6a1d3f0e-2b4c-4d5e-8f9a-0b1c2d3e4f5a
             */
            id: string;
            lines: components["schemas"]["ShipmentLineResponse"][];
            /** @example null */
            note: string | null;
            /**
             * Format: uuid
             * @example null
             */
            receiptMovementId: string | null;
            /**
             * Format: date-time
             * @example null
             */
            receivedAt: string | null;
            /**
             * Format: uuid
             * @example null
             */
            resupplyRequestId: string | null;
            /**
             * @example in_transit
             * @enum {string}
             */
            status: "in_transit" | "received" | "cancelled";
            /** @example DIC-BDG-01 */
            toPointCode: string;
            /**
             * Format: uuid
             * @example 5f1c0d2e-7a4b-4c3d-9e8f-1a2b3c4d5e6f
             */
            toPointId: string;
            /** @example Drop-in Centre Bandung Wetan */
            toPointName: string;
        };
        ShipmentTemplate: {
            /**
             * Format: uuid
             * @example 0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10
             */
            fromPointId: string;
            lines: components["schemas"]["ShipmentLineTemplate"][];
            /** @example Redistribution: SWAB-ALC-A expires 2027-02-06 */
            note: string;
            /**
             * Format: uuid
             * @example 5f1c0d2e-7a4b-4c3d-9e8f-1a2b3c4d5e6f
             */
            toPointId: string;
        };
        ShortageReport: {
            items: components["schemas"]["StockStatusResponse"][];
            /** @example 50 */
            limit: number;
            /** @example 0 */
            offset: number;
            /**
             * @description Points in your scope whose figures are waiting to be recomputed (something changed, or their day ended). 0 normally; after a busy hour the background drain catches up within seconds to minutes, and the rows of those points show their last computed figures (each row's `today` says the day they were computed for).
             * @example 0
             */
            pendingPoints: number;
            /** @description Per product, over every matching row */
            summary: components["schemas"]["ShortageSummary"][];
            /**
             * @description Number of items matching the filters
             * @example 1
             */
            total: number;
        };
        ShortageSummary: {
            /** @example 12 */
            points: number;
            /** @example 3 */
            pointsBelowMin: number;
            /** @example 2 */
            pointsOutOfStock: number;
            /** @example NS-1ML-LDS-29G */
            productCode: string;
            /**
             * Format: uuid
             * @example 3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c
             */
            productId: string;
            /** @example 4200 */
            totalSuggested: number;
        };
        StartShiftRequest: {
            /**
             * Format: uuid
             * @description Generated by the client; a retry with the same id starts the shift once
             * @example 7b0e5d8a-2c4f-4a1e-9d3b-6f8a0c2e4b61
             */
            id: string;
            /**
             * Format: uuid
             * @description The officer's outreach kit (a point of type outreach with a supplier)
             * @example 2f6d9c1a-8b3e-4f7a-a5c2-1e9d0b4c7a38
             */
            kitPointId: string;
            /** @description What goes in the bag, one line per product */
            lines: components["schemas"]["ShiftLineRequest"][];
            /**
             * @description At the close, what is left goes back to the point (return) or stays in the kit (keep)
             * @example return
             * @enum {string}
             */
            remainder: "return" | "keep";
        };
        StatusCount: {
            /**
             * @description Points with at least one product in this status
             * @example 2
             */
            points: number;
            /**
             * @description Point and product rows in this status (what the shortage list shows)
             * @example 5
             */
            rows: number;
        };
        StatusScanResult: {
            /** @example 820 */
            durationMs: number;
            /**
             * @example {
             *       "stockout": 1,
             *       "below_min": 4
             *     }
             */
            raised: {
                [key: string]: unknown;
            };
            /**
             * @example {
             *       "below_min": 2
             *     }
             */
            resolved: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @example 2026-11-23T18:00:00.000Z
             */
            scannedAt: string;
            /** @example 10 */
            stillOpen: number;
        };
        StockCardLineResponse: {
            /** @example null */
            countedQuantity: number | null;
            /**
             * Format: uuid
             * @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
             */
            lotId: string;
            /** @example LDS2611A */
            lotNumber: string;
            /**
             * Format: uuid
             * @example 1f7b6c1e-4a8f-4d0e-9b51-3c2a7a9e5d10
             */
            movementId: string;
            /**
             * Format: date-time
             * @example 2026-11-23T02:30:00.000Z
             */
            occurredAt: string;
            /** @example -50 */
            quantity: number;
            /** @example null */
            reason: string | null;
            /**
             * Format: date-time
             * @example 2026-11-23T02:31:05.123Z
             */
            recordedAt: string;
            /** @example staff.dic.bandung */
            recordedBy: string;
            /**
             * @description Balance of the product at the point after this line, in order of occurrence
             * @example 430
             */
            runningBalance: number;
            /** @example distribution */
            type: string;
        };
        StockCardResponse: {
            items: components["schemas"]["StockCardLineResponse"][];
            /** @example 50 */
            limit: number;
            /** @example 0 */
            offset: number;
            /**
             * @description Balance before `from`
             * @example 480
             */
            openingBalance: number;
            /**
             * Format: uuid
             * @example 0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10
             */
            pointId: string;
            /**
             * Format: uuid
             * @example 3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c
             */
            productId: string;
            /**
             * @description Number of items matching the filters
             * @example 1
             */
            total: number;
        };
        StockCountLineRequest: {
            /**
             * Format: uuid
             * @description The lot (adjustments, counts; optional for distributions)
             * @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
             */
            lotId: string;
            /**
             * Format: uuid
             * @example 3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c
             */
            productId: string;
            /**
             * @description Whole units. Positive, except a `correction` adjustment (signed) and a stock count (the counted quantity, 0 or more).
             * @example 200
             */
            quantity: number;
            /**
             * @description Adjustments and stock count differences
             * @example damaged
             * @enum {string}
             */
            reason?: "damaged" | "quality_problem" | "lost" | "stolen" | "found" | "expired_write_off" | "correction";
        };
        StockCountMovementRequest: {
            /**
             * Format: uuid
             * @description Generated by the client; a retry with the same id is recorded once
             * @example 1f7b6c1e-4a8f-4d0e-9b51-3c2a7a9e5d10
             */
            id: string;
            /** @description At least one line; a reversal has none (leave it out or send []) */
            lines: components["schemas"]["StockCountLineRequest"][];
            /** @example Outreach session at Cibinong terminal */
            note?: string;
            /**
             * Format: date-time
             * @description When it happened: a date and time with an offset, or without one in the point's local time (WIB/WITA/WIT); a bare date is refused. May be in the past for entries made offline (up to BACKDATING_DAYS, never in a closed month); at most 5 minutes ahead.
             * @example 2026-11-23T09:30:00+07:00
             */
            occurredAt: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "stock_count";
        };
        StockLevelRequest: {
            /**
             * @description Expected use per month, used while the point has less history than the AMC window
             * @example 300
             */
            expectedMonthlyUse?: number | null;
            /**
             * @description Maximum stock, in months of consumption; resupply fills up to it
             * @example 3
             */
            maxMonths: number;
            /**
             * @description Minimum stock, in months of consumption
             * @example 1
             */
            minMonths: number;
            /**
             * Format: uuid
             * @example 3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c
             */
            productId: string;
        };
        StockLevelResponse: {
            /** @example null */
            expectedMonthlyUse: number | null;
            /** @example 2 */
            maxMonths: number;
            /** @example 1 */
            minMonths: number;
            /** @example NS-1ML-LDS-29G */
            productCode: string;
            /**
             * Format: uuid
             * @example 3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c
             */
            productId: string;
            /**
             * @description Set for this point, or the default of its type
             * @example default
             * @enum {string}
             */
            source: "point" | "default";
        };
        StockoutPeriodResponse: {
            /**
             * Format: date
             * @description null while it lasts
             * @example 2026-10-13
             */
            endedOn: string | null;
            /**
             * Format: date
             * @example 2026-09-20
             */
            startedOn: string;
        };
        StockStatusResponse: {
            amc: components["schemas"]["AmcResponse"];
            /** @example needle_syringe */
            category: string;
            /** @example null */
            expectedMonthlyUse: number | null;
            /** @example 20 */
            expired: number;
            /** @example 0 */
            inTransitInbound: number;
            /** @description The shortage report, for a kit product only (docs/kits.md): its components at the point, so the need can be met with kits or with components assembled there */
            kit?: components["schemas"]["KitSuggestion"];
            /**
             * @example default
             * @enum {string}
             */
            levelsSource: "point" | "default";
            /** @example 3 */
            maxMonths: number;
            /** @example 1 */
            minMonths: number;
            /**
             * @description usable / AMC
             * @example 0.86
             */
            monthsOfStock: number | null;
            /** @example 100 */
            packSize: number;
            /** @example LSM-CBN-01 */
            pointCode: string;
            /**
             * Format: uuid
             * @example 0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10
             */
            pointId: string;
            /** @example Kantor LSM Cibinong */
            pointName: string;
            /** @example ngo_office */
            pointType: string;
            /** @example NS-1ML-LDS-29G */
            productCode: string;
            /**
             * Format: uuid
             * @example 3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c
             */
            productId: string;
            /**
             * @description Usable stock expected to expire before it is used at this AMC (FEFO)
             * @example 0
             */
            quantityExpiringBeforeUse: number;
            /** @example 32.01 */
            regencyCode: string;
            /**
             * @example below_min
             * @enum {string}
             */
            status: "stockout" | "below_min" | "ok" | "above_max" | "no_consumption";
            /**
             * @description max(0, maxMonths x AMC - usable - inTransitInbound), rounded up to whole packs
             * @example 900
             */
            suggestedQuantity: number;
            /**
             * @description The point's local date the figures are for
             * @example 2026-11-23
             */
            today: string;
            /**
             * @description Stock not expired on the point's local date
             * @example 350
             */
            usable: number;
        };
        SuggestionLine: {
            /** @example SWAB-ALC */
            productCode: string;
            /**
             * Format: uuid
             * @example 3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c
             */
            productId: string;
            /** @example Alcohol swab, 70% isopropyl */
            productName: string;
            /**
             * @description The name in Bahasa Indonesia, when the catalogue has one
             * @example Kapas alkohol 70%
             */
            productNameId: string | null;
            /**
             * @description Suggested resupply: max months x AMC - usable - in transit, in whole packs
             * @example 600
             */
            quantity: number;
            /** @example below_min */
            status: string;
        };
        SyncMovementRequest: {
            /**
             * Format: uuid
             * @description The point the movement is recorded at
             * @example 0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10
             */
            pointId: string;
        } & (components["schemas"]["ReceiptMovementRequest"] | components["schemas"]["DistributionMovementRequest"] | components["schemas"]["AdjustmentMovementRequest"] | components["schemas"]["StockCountMovementRequest"] | components["schemas"]["ReversalMovementRequest"] | components["schemas"]["KitAssemblyMovementRequest"] | components["schemas"]["KitDisassemblyMovementRequest"]);
        SyncMovementResult: {
            /**
             * Format: uuid
             * @description The movement id as sent
             * @example 1f7b6c1e-4a8f-4d0e-9b51-3c2a7a9e5d10
             */
            id: string;
            /** @description The movement as recorded (recorded and replayed) */
            movement?: components["schemas"]["MovementResponse"];
            /**
             * @description recorded: written now; replayed: already recorded with this id and the same request; refused: not recorded, see `problem`
             * @example recorded
             * @enum {string}
             */
            outcome: "recorded" | "replayed" | "refused";
            /**
             * Format: uuid
             * @example 0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10
             */
            pointId: string;
            /** @description Why it was refused: the problem document the single endpoint would have answered */
            problem?: components["schemas"]["ProblemSchema"];
            /**
             * @description The status the single endpoint would have answered: 201, 200 for a replay, or the 4xx of the problem
             * @example 201
             */
            status: number;
        };
        SyncMovementsRequest: {
            /** @description Applied in this order, each in its own transaction, with the rules and idempotency of the single endpoint. Each item must be an object with a UUID `id` and `pointId` (otherwise the whole request is refused with 400); anything else wrong in an item refuses that item only, with the problem document the single endpoint would answer. */
            movements: components["schemas"]["SyncMovementRequest"][];
        };
        SyncMovementsResponse: {
            /** @description One result per movement sent, in the same order */
            results: components["schemas"]["SyncMovementResult"][];
        };
        UnreadCount: {
            /** @example 3 */
            unread: number;
        };
        UpdatePointRequest: {
            /**
             * @default true
             * @example true
             */
            active?: boolean;
            /**
             * @description May hold and dispense restricted products (naloxone). Defaults by type: true for puskesmas and district health offices.
             * @example false
             */
            mayHoldRestricted?: boolean;
            /** @example DIC Rumah Cemara Bandung */
            name?: string;
            /**
             * @description Kemendagri regency/city code (see GET /api/v1/regions/regencies)
             * @example 32.73
             */
            regencyCode?: string;
            /**
             * Format: uuid
             * @description The point that resupplies this one
             * @example 0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10
             */
            supplierPointId?: string | null;
            /**
             * @example drop_in_centre
             * @enum {string}
             */
            type?: "district_health_office" | "ngo_office" | "drop_in_centre" | "puskesmas" | "hospital" | "outreach" | "other";
        };
        UpdateProductRequest: {
            /**
             * @default true
             * @example true
             */
            active?: boolean;
            /**
             * @description What one unit holds: syringe sets, needles or barrels (a LASS pack of 3 syringes: 3), or naloxone doses (a kit of 2 ampoules: 2)
             * @default 1
             * @example 1
             */
            contentsPerUnit?: number;
            /**
             * @description Edition of an IEC leaflet
             * @example 2026-1
             */
            edition?: string | null;
            /**
             * @description Days before expiry at which stock is flagged, longest first. null or omitted = the category default.
             * @example [
             *       180,
             *       90,
             *       30
             *     ]
             */
            expiryWarningDays?: number[] | null;
            /**
             * @description GS1 GTIN of the product (8, 12, 13 or 14 digits, check digit verified; stored as 14 digits); unique. null clears it.
             * @example 08991234567891
             */
            gtin?: string | null;
            /** @example Syringe 1 ml, fixed 29G needle, low dead space */
            name?: string;
            /**
             * @description Name in Bahasa Indonesia (the field app shows it in Indonesian; without it, `name`)
             * @example Alat suntik steril 1 ml, jarum tetap 29G
             */
            nameId?: string;
            /**
             * @description Units per pack; resupply is rounded up to whole packs
             * @example 100
             */
            packSize?: number;
            /**
             * @description Restricted products (naloxone) may be held only at points allowed to. Default: true for naloxone.
             * @example false
             */
            restricted?: boolean;
            /**
             * Format: uuid
             * @description The product (a newer IEC edition) that replaces this one; its remaining stock is then reported as obsolete. null clears it.
             * @example 5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b
             */
            supersededByProductId?: string | null;
            /**
             * @description needle_syringe products only (default set): a unit is a complete needle-syringe set, or a detachable needle or a barrel on its own. Coverage counts complete sets.
             * @example set
             * @enum {string}
             */
            syringeContent?: "set" | "needle" | "barrel";
            /**
             * @description The whole unit quantities are counted in: piece, vial, ampoule, leaflet, sachet
             * @example piece
             */
            unit?: string;
        };
        UpdateUserRequest: {
            /**
             * @default true
             * @example true
             */
            active?: boolean;
            /**
             * @description The staff member's work e-mail, for stock-out mail and the daily digest (null: none). Staff only: pasokan has no client records
             * @example dinkes.bandung@example.go.id
             */
            email?: string | null;
            /** @example a-long-passphrase */
            password?: string;
            /**
             * @description Points the user works at (required for point_staff and outreach_officer; outreach points for outreach officers)
             * @example [
             *       "0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10"
             *     ]
             */
            pointIds?: string[];
            /**
             * @description Regencies a district officer covers (required for that role only)
             * @example [
             *       "32.73"
             *     ]
             */
            regencyCodes?: string[];
            /**
             * @example point_staff
             * @enum {string}
             */
            role?: "admin" | "district_officer" | "point_staff" | "outreach_officer";
        };
        UserPage: {
            items: components["schemas"]["UserResponse"][];
            /** @example 50 */
            limit: number;
            /** @example 0 */
            offset: number;
            /**
             * @description Number of items matching the filters
             * @example 1
             */
            total: number;
        };
        UserResponse: {
            /** @example true */
            active: boolean;
            /**
             * Format: date-time
             * @example 2026-11-23T01:00:00.000Z
             */
            createdAt: string;
            /**
             * @description Work e-mail for notifications
             * @example dinkes.bandung@example.go.id
             */
            email: string | null;
            /**
             * Format: uuid
             * @example 7d3c4e1a-3b1f-4a55-8c0e-1f2a3b4c5d6e
             */
            id: string;
            /**
             * @example [
             *       "0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10"
             *     ]
             */
            pointIds: string[];
            /** @example [] */
            regencyCodes: string[];
            /**
             * @example point_staff
             * @enum {string}
             */
            role: "admin" | "district_officer" | "point_staff" | "outreach_officer";
            /**
             * Format: date-time
             * @example 2026-11-23T01:00:00.000Z
             */
            updatedAt: string;
            /** @example dic.bandung */
            username: string;
        };
        WebhookCreated: {
            /** @example true */
            active: boolean;
            /**
             * Format: date-time
             * @example 2026-12-03T02:00:00.000Z
             */
            createdAt: string;
            /**
             * @description Deliveries given up on
             * @example 0
             */
            failed: number;
            /**
             * Format: uuid
             * @example 5b0c8f5e-8d3a-4a8e-9c1d-2f3e4a5b6c7d
             */
            id: string;
            /**
             * @example [
             *       "stockout"
             *     ]
             */
            kinds: ("request_submitted" | "request_approved" | "request_rejected" | "request_shipped" | "shipment_sent" | "stockout" | "lot_expiring" | "month_closing")[];
            /**
             * @description Deliveries waiting to be sent or retried
             * @example 0
             */
            pending: number;
            /**
             * @example [
             *       "32.73"
             *     ]
             */
            regencyCodes: string[] | null;
            /**
             * @description Signs every delivery (Pasokan-Signature); shown only now
             * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
             */
            secret: string;
            /** @example https://gateway.example.org/pasokan */
            url: string;
        };
        WebhookDeliveryResponse: {
            /** @example 1 */
            attempts: number;
            /**
             * Format: date-time
             * @example 2026-12-03T02:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-12-03T02:00:01.000Z
             */
            deliveredAt: string | null;
            /** @example stockout:0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10:3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c:2026-12-03 */
            eventKey: string;
            /**
             * Format: uuid
             * @description Also the Pasokan-Delivery header: the same on every retry
             * @example 2c5e8a3d-1f0b-4c7e-9a2d-3b4c5d6e7f80
             */
            id: string;
            /**
             * @example stockout
             * @enum {string}
             */
            kind: "request_submitted" | "request_approved" | "request_rejected" | "request_shipped" | "shipment_sent" | "stockout" | "lot_expiring" | "month_closing";
            /** @example null */
            lastError: string | null;
            /** @example 200 */
            lastStatus: number | null;
            /**
             * Format: date-time
             * @example 2026-12-03T02:00:00.000Z
             */
            nextAttemptAt: string;
            /**
             * @example delivered
             * @enum {string}
             */
            status: "pending" | "delivered" | "failed";
        };
        WebhookResponse: {
            /** @example true */
            active: boolean;
            /**
             * Format: date-time
             * @example 2026-12-03T02:00:00.000Z
             */
            createdAt: string;
            /**
             * @description Deliveries given up on
             * @example 0
             */
            failed: number;
            /**
             * Format: uuid
             * @example 5b0c8f5e-8d3a-4a8e-9c1d-2f3e4a5b6c7d
             */
            id: string;
            /**
             * @example [
             *       "stockout"
             *     ]
             */
            kinds: ("request_submitted" | "request_approved" | "request_rejected" | "request_shipped" | "shipment_sent" | "stockout" | "lot_expiring" | "month_closing")[];
            /**
             * @description Deliveries waiting to be sent or retried
             * @example 0
             */
            pending: number;
            /**
             * @example [
             *       "32.73"
             *     ]
             */
            regencyCodes: string[] | null;
            /** @example https://gateway.example.org/pasokan */
            url: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AlertsController_list_v1: {
        parameters: {
            query?: {
                /** @description csv/xlsx: every row matching the filters (limit and offset are ignored), Indonesian headers */
                format?: "json" | "csv" | "xlsx";
                /** @description How many items to return */
                limit?: number;
                /** @description How many items to skip */
                offset?: number;
                pointId?: string;
                /** @description Only the regencies of this province */
                provinceCode?: string;
                regencyCode?: string;
                /** @description CSV only. semicolon: `;`, decimal comma and a UTF-8 byte order mark (Excel id-ID) */
                separator?: "comma" | "semicolon";
                severity?: "info" | "warning" | "critical";
                status?: "open" | "acknowledged" | "resolved";
                type?: "lot_expiring" | "expired_on_hand" | "obsolete_edition" | "stockout" | "below_min" | "shipment_overdue" | "request_overdue";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON by default; with `format=csv`, every matching row as CSV with a header row; with `format=xlsx`, as an Excel workbook with Indonesian headers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertPage"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    AlertsController_acknowledge_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertResponse"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Conflicts with existing data (for example a code already in use) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    AuditController_list_v1: {
        parameters: {
            query?: {
                /** @description Username of who made the change */
                actor?: string;
                entityId?: string;
                entityType?: "user" | "point" | "product" | "stock_levels" | "device_session" | "movement" | "shipment" | "resupply_request";
                /** @description How many items to return */
                limit?: number;
                /** @description How many items to skip */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    AuthController_login_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is larger than BODY_LIMIT (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is not UTF-8 JSON sent as application/json (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Too many attempts */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    AuthController_logout_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Logged out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    AuthController_me_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    AuthController_changePassword_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordRequest"];
            };
        };
        responses: {
            /** @description Changed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is larger than BODY_LIMIT (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is not UTF-8 JSON sent as application/json (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Well-formed but refers to something that cannot be used */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    AuthController_refresh_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefreshResponse"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is larger than BODY_LIMIT (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is not UTF-8 JSON sent as application/json (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    AuthController_mySessions_v1: {
        parameters: {
            query?: {
                /** @description How many items to return */
                limit?: number;
                /** @description How many items to skip */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviceSessionPage"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    DashboardController_get_v1: {
        parameters: {
            query?: {
                /** @description One province: its figures, and one row per regency */
                provinceCode?: string;
                /** @description One regency/city (wins over provinceCode) */
                regencyCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DashboardResponse"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    DataQualityController_list_v1: {
        parameters: {
            query?: {
                /** @description csv/xlsx: every row matching the filters (limit and offset are ignored), Indonesian headers */
                format?: "json" | "csv" | "xlsx";
                kind?: "above_contact_cap" | "repeated_tally" | "month_end_round_numbers" | "distribution_spike" | "backdated_burst" | "stock_not_moving";
                /** @description How many items to return */
                limit?: number;
                /** @description The local month the flag is about */
                month?: string;
                /** @description How many items to skip */
                offset?: number;
                pointId?: string;
                provinceCode?: string;
                regencyCode?: string;
                /** @description CSV only. semicolon: `;`, decimal comma and a UTF-8 byte order mark (Excel id-ID) */
                separator?: "comma" | "semicolon";
                /** @description open: not reviewed yet */
                status?: "open" | "reviewed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON by default; with `format=csv`, every matching row as CSV with a header row; with `format=xlsx`, as an Excel workbook with Indonesian headers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlagPage"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    DataQualityController_review_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewFlagRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlagResponse"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Conflicts with existing data (for example a code already in use) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is larger than BODY_LIMIT (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is not UTF-8 JSON sent as application/json (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    DataQualityController_scan_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScanFlagsRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScanFlagsResponse"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is larger than BODY_LIMIT (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is not UTF-8 JSON sent as application/json (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    ExpiriesController_report_v1: {
        parameters: {
            query?: {
                category?: "needle_syringe" | "swab" | "condom" | "lubricant" | "iec" | "naloxone" | "other";
                /** @description csv: every matching row (no paging), with a header row; xlsx: the same rows as an Excel workbook with Indonesian headers */
                format?: "json" | "csv" | "xlsx";
                fundingSource?: "APBN" | "APBD" | "GLOBAL_FUND" | "OTHER_DONOR";
                /** @description How many items to return */
                limit?: number;
                /** @description How many items to skip */
                offset?: number;
                pointId?: string;
                pointType?: "district_health_office" | "ngo_office" | "drop_in_centre" | "puskesmas" | "hospital" | "outreach" | "other";
                productId?: string;
                /** @description Only the regencies of this province */
                provinceCode?: string;
                regencyCode?: string;
                /** @description CSV only. semicolon: for a spreadsheet set to Indonesian (Excel id-ID): `;` between fields, a decimal comma, and a UTF-8 byte order mark */
                separator?: "comma" | "semicolon";
                /** @description expiry: soonest first (default); atRisk: largest quantity at risk first */
                sort?: "expiry" | "atRisk";
                /** @description Omit for both */
                status?: "expired" | "expiring";
                /** @description Expiring lots: those expiring within this many days */
                withinDays?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON by default; with `format=csv`, every matching row as CSV with a header row; with `format=xlsx`, as an Excel workbook with Indonesian headers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpiryReport"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    ExpiriesController_redistribution_v1: {
        parameters: {
            query?: {
                /** @description csv/xlsx: every row matching the filters (limit and offset are ignored), Indonesian headers */
                format?: "json" | "csv" | "xlsx";
                /** @description Required for administrators; district officers default to their regencies */
                regencyCode?: string;
                /** @description CSV only. semicolon: `;`, decimal comma and a UTF-8 byte order mark (Excel id-ID) */
                separator?: "comma" | "semicolon";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON by default; with `format=csv`, every matching row as CSV with a header row; with `format=xlsx`, as an Excel workbook with Indonesian headers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedistributionSuggestion"][];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    ExpiriesController_scan_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScanResult"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    StockController_lots_v1: {
        parameters: {
            query?: {
                /** @description Lots of the product with this GTIN (as scanned: 8 to 14 digits) */
                gtin?: string;
                /** @description How many items to return */
                limit?: number;
                /** @description Any case and spacing: lot numbers are compared upper case without spaces */
                lotNumber?: string;
                /** @description How many items to skip */
                offset?: number;
                productId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LotPage"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    MonthClosingsController_list_v1: {
        parameters: {
            query?: {
                /** @description How many items to return */
                limit?: number;
                /** @description How many items to skip */
                offset?: number;
                /** @description Closings that apply to this point (its own and its regency's) */
                pointId?: string;
                regencyCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonthClosingPage"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    MonthClosingsController_close_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseMonthRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonthClosingResponse"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Conflicts with existing data (for example a code already in use) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is larger than BODY_LIMIT (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is not UTF-8 JSON sent as application/json (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Well-formed but refers to something that cannot be used */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    StockController_get_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MovementResponse"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    DocumentsController_destruction_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An A4 PDF in Indonesian */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Conflicts with existing data (for example a code already in use) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    DocumentsController_stockCount_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An A4 PDF in Indonesian */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Conflicts with existing data (for example a code already in use) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    NotificationsController_list_v1: {
        parameters: {
            query?: {
                /** @description How many items to return */
                limit?: number;
                /** @description How many items to skip */
                offset?: number;
                /** @description Only the unread ones */
                unread?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPage"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    NotificationsController_read_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkReadRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarkReadResponse"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is larger than BODY_LIMIT (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is not UTF-8 JSON sent as application/json (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    NotificationsController_unread_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCount"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    OutreachShiftsController_list_v1: {
        parameters: {
            query?: {
                /** @description Shifts issued by one point */
                issuingPointId?: string;
                /** @description Shifts of one kit */
                kitPointId?: string;
                /** @description How many items to return */
                limit?: number;
                /** @description How many items to skip */
                offset?: number;
                /** @description Shifts of one regency's kits */
                regencyCode?: string;
                status?: "open" | "closed";
                /** @description Only closed shifts whose count differed from the ledger */
                withDifferences?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShiftPage"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    OutreachShiftsController_start_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartShiftRequest"];
            };
        };
        responses: {
            /** @description Recorded; or, for a retry of the same request (same `id`, same body), the original result */
            201: {
                headers: {
                    /** @description `true` when this answer is the replay of a request already recorded; absent otherwise */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShiftResponse"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Conflicts with existing data (for example a code already in use) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is larger than BODY_LIMIT (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is not UTF-8 JSON sent as application/json (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Well-formed but refers to something that cannot be used */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    OutreachShiftsController_get_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShiftResponse"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    OutreachShiftsController_close_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseShiftRequest"];
            };
        };
        responses: {
            /** @description Closed; or, for a retry of the same close (same `id`, same body), the shift as it was closed */
            200: {
                headers: {
                    /** @description `true` when this answer is the replay of a close already recorded */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShiftResponse"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Conflicts with existing data (for example a code already in use) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is larger than BODY_LIMIT (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is not UTF-8 JSON sent as application/json (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Well-formed but refers to something that cannot be used */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    OutreachShiftsController_totals_v1: {
        parameters: {
            query: {
                /** @description csv/xlsx: every row matching the filters (limit and offset are ignored), Indonesian headers */
                format?: "json" | "csv" | "xlsx";
                /** @description First month of the period, in each point's local calendar */
                from: string;
                /** @description One province (administrators) */
                provinceCode?: string;
                /** @description One regency (district officers: one of theirs) */
                regencyCode?: string;
                /** @description CSV only. semicolon: `;`, decimal comma and a UTF-8 byte order mark (Excel id-ID) */
                separator?: "comma" | "semicolon";
                /** @description Last month of the period (inclusive), at most 24 months after `from` */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON by default; with `format=csv`, every matching row as CSV with a header row; with `format=xlsx`, as an Excel workbook with Indonesian headers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShiftTotalsResponse"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    PointsController_list_v1: {
        parameters: {
            query?: {
                active?: boolean;
                /** @description How many items to return */
                limit?: number;
                /** @description How many items to skip */
                offset?: number;
                /** @description Part of the name or code, any case */
                q?: string;
                regencyCode?: string;
                /** @description Points resupplied by this point */
                supplierPointId?: string;
                type?: "district_health_office" | "ngo_office" | "drop_in_centre" | "puskesmas" | "hospital" | "outreach" | "other";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PointPage"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    PointsController_create_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePointRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PointResponse"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Conflicts with existing data (for example a code already in use) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is larger than BODY_LIMIT (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is not UTF-8 JSON sent as application/json (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Well-formed but refers to something that cannot be used */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    PointsController_get_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PointResponse"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    PointsController_update_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePointRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PointResponse"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is larger than BODY_LIMIT (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is not UTF-8 JSON sent as application/json (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Well-formed but refers to something that cannot be used */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    ShortagesController_pointHistory_v1: {
        parameters: {
            query: {
                /** @description How many local calendar months, ending with the current one */
                months?: number;
                productId: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PointHistoryResponse"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    PointsController_recipients_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PointResponse"][];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    ResupplyController_suggestion_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResupplySuggestion"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    ShortagesController_getLevels_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockLevelResponse"][];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    ShortagesController_putLevels_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutStockLevelsRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockLevelResponse"][];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is larger than BODY_LIMIT (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is not UTF-8 JSON sent as application/json (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    ShortagesController_pointStatus_v1: {
        parameters: {
            query?: {
                category?: "needle_syringe" | "swab" | "condom" | "lubricant" | "iec" | "naloxone" | "other";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockStatusResponse"][];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    StockController_list_v1: {
        parameters: {
            query?: {
                /** @description Occurred at or after; a bare date or a time without offset is read in the point's local time */
                from?: string;
                /** @description How many items to return */
                limit?: number;
                /** @description How many items to skip */
                offset?: number;
                /** @description Occurred before; a bare date or a time without offset is read in the point's local time */
                to?: string;
                type?: "receipt" | "distribution" | "adjustment" | "stock_count" | "reversal" | "kit_assembly" | "kit_disassembly" | "shipment_dispatch" | "shipment_receipt" | "shipment_cancel" | "sharps_return" | "sharps_handover" | "sharps_destruction";
            };
            header?: never;
            path: {
                pointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MovementPage"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    StockController_record_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pointId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordMovementRequest"];
            };
        };
        responses: {
            /** @description Recorded; or, for a retry of the same request (same `id`, same body), the original result */
            201: {
                headers: {
                    /** @description `true` when this answer is the replay of a request already recorded; absent otherwise */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MovementResponse"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is larger than BODY_LIMIT (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is not UTF-8 JSON sent as application/json (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Well-formed but refers to something that cannot be used */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    SharpsController_list_v1: {
        parameters: {
            query?: {
                /** @description Occurred at or after (the point's local time) */
                from?: string;
                /** @description How many items to return */
                limit?: number;
                /** @description How many items to skip */
                offset?: number;
                /** @description Occurred before (the point's local time) */
                to?: string;
            };
            header?: never;
            path: {
                pointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharpsMovementPage"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    SharpsController_record_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pointId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordSharpsRequest"];
            };
        };
        responses: {
            /** @description Recorded; or, for a retry of the same request (same `id`, same body), the original result */
            201: {
                headers: {
                    /** @description `true` when this answer is the replay of a request already recorded; absent otherwise */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharpsMovementResponse"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is larger than BODY_LIMIT (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is not UTF-8 JSON sent as application/json (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Well-formed but refers to something that cannot be used */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    SharpsController_receivers_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PointResponse"][];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    StockController_stock_v1: {
        parameters: {
            query?: {
                /** @description csv/xlsx: every row matching the filters (limit and offset are ignored), Indonesian headers */
                format?: "json" | "csv" | "xlsx";
                /** @description CSV only. semicolon: `;`, decimal comma and a UTF-8 byte order mark (Excel id-ID) */
                separator?: "comma" | "semicolon";
            };
            header?: never;
            path: {
                pointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON by default; with `format=csv`, every matching row as CSV with a header row; with `format=xlsx`, as an Excel workbook with Indonesian headers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductStockResponse"][];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    StockController_stockCard_v1: {
        parameters: {
            query: {
                /** @description Lines that occurred at or after; a bare date or a time without offset is read in the point's local time */
                from?: string;
                /** @description How many items to return */
                limit?: number;
                /** @description How many items to skip */
                offset?: number;
                productId: string;
                /** @description Lines that occurred before; a bare date or a time without offset is read in the point's local time */
                to?: string;
            };
            header?: never;
            path: {
                pointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockCardResponse"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    DocumentsController_stockCard_v1: {
        parameters: {
            query: {
                /** @description Lines that occurred at or after; a bare date or a time without offset is read in the point's local time */
                from?: string;
                productId: string;
                /** @description Lines that occurred before; a bare date or a time without offset is read in the point's local time */
                to?: string;
            };
            header?: never;
            path: {
                pointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An A4 PDF in Indonesian */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    ProductsController_list_v1: {
        parameters: {
            query?: {
                active?: boolean;
                category?: "needle_syringe" | "swab" | "condom" | "lubricant" | "iec" | "naloxone" | "other";
                /** @description The product with this GTIN (as scanned: 8 to 14 digits) */
                gtin?: string;
                /** @description How many items to return */
                limit?: number;
                /** @description How many items to skip */
                offset?: number;
                /** @description Part of the code or either name, any case */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductPage"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    ProductsController_create_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProductRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductResponse"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Conflicts with existing data (for example a code already in use) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is larger than BODY_LIMIT (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is not UTF-8 JSON sent as application/json (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    ProductsController_get_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductResponse"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    ProductsController_update_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProductRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductResponse"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Conflicts with existing data (for example a code already in use) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is larger than BODY_LIMIT (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is not UTF-8 JSON sent as application/json (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    ProductsController_setComponents_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetKitComponentsRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductResponse"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is larger than BODY_LIMIT (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is not UTF-8 JSON sent as application/json (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    ProgrammeController_estimates_v1: {
        parameters: {
            query?: {
                /** @description Only the estimate each regency and year uses (the newest) */
                current?: boolean;
                /** @description How many items to return */
                limit?: number;
                /** @description How many items to skip */
                offset?: number;
                /** @description One regency (district officers: one of theirs) */
                regencyCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PwidEstimatePage"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    ProgrammeController_record_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordPwidEstimateRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PwidEstimateResponse"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is larger than BODY_LIMIT (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is not UTF-8 JSON sent as application/json (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Well-formed but refers to something that cannot be used */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    RedactionController_redact_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedactionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedactionResponse"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is larger than BODY_LIMIT (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is not UTF-8 JSON sent as application/json (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    RegionsController_listProvinces_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProvinceResponse"][];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    RegionsController_listRegencies_v1: {
        parameters: {
            query?: {
                /** @description Only regencies of this province */
                provinceCode?: string;
                /** @description Part of the name, any case */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegencyResponse"][];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    ProgrammeController_coverage_v1: {
        parameters: {
            query: {
                /** @description csv/xlsx: every row matching the filters (limit and offset are ignored), Indonesian headers */
                format?: "json" | "csv" | "xlsx";
                /** @description One province */
                provinceCode?: string;
                /** @description One regency (district officers: one of theirs) */
                regencyCode?: string;
                /** @description CSV only. semicolon: `;`, decimal comma and a UTF-8 byte order mark (Excel id-ID) */
                separator?: "comma" | "semicolon";
                /** @description Calendar year (local months January to December) */
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON by default; with `format=csv`, every matching row as CSV with a header row; with `format=xlsx`, as an Excel workbook with Indonesian headers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoverageReport"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    Dhis2Controller_export_v1: {
        parameters: {
            query: {
                /** @description json: DHIS2 dataValueSets; adx: IHE ADX XML */
                format?: "json" | "adx";
                /** @description The DHIS2 org units the values are for: each point (orgUnits.points of the mapping), or each regency with its points summed (orgUnits.regencies) */
                level?: "point" | "regency";
                /** @description The month, in each point's local calendar (WIB/WITA/WIT) */
                month: string;
                /** @description One point */
                pointId?: string;
                /** @description Every point of a province, and the province aggregate */
                provinceCode?: string;
                /** @description Every point of a regency, and the regency aggregate */
                regencyCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/adx+xml": string;
                    "application/json": components["schemas"]["Dhis2DataValueSetResponse"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Conflicts with existing data (for example a code already in use) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Well-formed but refers to something that cannot be used */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    ReportsController_fundingSourceReport_v1: {
        parameters: {
            query: {
                /** @description csv/xlsx: every row matching the filters (limit and offset are ignored), Indonesian headers */
                format?: "json" | "csv" | "xlsx";
                /** @description First month of the period, in each point's local calendar */
                from: string;
                /** @description One province (administrators) */
                provinceCode?: string;
                /** @description One regency (district officers: one of theirs) */
                regencyCode?: string;
                /** @description CSV only. semicolon: `;`, decimal comma and a UTF-8 byte order mark (Excel id-ID) */
                separator?: "comma" | "semicolon";
                /** @description Last month of the period (inclusive), at most 24 months after `from` */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON by default; with `format=csv`, every matching row as CSV with a header row; with `format=xlsx`, as an Excel workbook with Indonesian headers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundingSourceReport"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    ReportsController_monthly_v1: {
        parameters: {
            query: {
                /** @description csv/xlsx: every point row (no paging) then the aggregate rows, Indonesian headers */
                format?: "json" | "csv" | "xlsx";
                /** @description How many items to return */
                limit?: number;
                /** @description The month, in each point's local calendar (WIB/WITA/WIT) */
                month: string;
                /** @description How many items to skip */
                offset?: number;
                /** @description One point */
                pointId?: string;
                /** @description Every point of a province, and the province aggregate */
                provinceCode?: string;
                /** @description Every point of a regency, and the regency aggregate */
                regencyCode?: string;
                /** @description CSV only. semicolon: `;`, decimal comma and a UTF-8 byte order mark (Excel id-ID) */
                separator?: "comma" | "semicolon";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON by default; with `format=csv`, every matching row as CSV with a header row; with `format=xlsx`, as an Excel workbook with Indonesian headers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonthlyReport"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    DocumentsController_monthly_v1: {
        parameters: {
            query: {
                /** @description The month, in each point's local calendar (WIB/WITA/WIT) */
                month: string;
                /** @description One point */
                pointId?: string;
                /** @description Every point of a province, and the province aggregate */
                provinceCode?: string;
                /** @description Every point of a regency, and the regency aggregate */
                regencyCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An A4 PDF in Indonesian */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Well-formed but refers to something that cannot be used */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    ProgrammeController_report_v1: {
        parameters: {
            query: {
                /** @description csv/xlsx: every row matching the filters (limit and offset are ignored), Indonesian headers */
                format?: "json" | "csv" | "xlsx";
                /** @description First month of the period, in each point's local calendar */
                from: string;
                /** @description One point */
                pointId?: string;
                /** @description One province (administrators) */
                provinceCode?: string;
                /** @description One regency (district officers: one of theirs) */
                regencyCode?: string;
                /** @description CSV only. semicolon: `;`, decimal comma and a UTF-8 byte order mark (Excel id-ID) */
                separator?: "comma" | "semicolon";
                /** @description Last month of the period (inclusive), at most 24 months after `from` */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON by default; with `format=csv`, every matching row as CSV with a header row; with `format=xlsx`, as an Excel workbook with Indonesian headers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeReport"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    ResupplyController_list_v1: {
        parameters: {
            query?: {
                /** @description csv/xlsx: every row matching the filters (limit and offset are ignored), Indonesian headers */
                format?: "json" | "csv" | "xlsx";
                /** @description How many items to return */
                limit?: number;
                /** @description How many items to skip */
                offset?: number;
                pointId?: string;
                /** @description Only the regencies of this province (of the requester, the supplier or either, as for regencyCode) */
                provinceCode?: string;
                regencyCode?: string;
                /** @description Requests your points made, or received as supplier */
                role?: "requester" | "supplier";
                /** @description CSV only. semicolon: `;`, decimal comma and a UTF-8 byte order mark (Excel id-ID) */
                separator?: "comma" | "semicolon";
                status?: "submitted" | "approved" | "rejected" | "cancelled" | "partially_shipped" | "shipped" | "received";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON by default; with `format=csv`, every matching row as CSV with a header row; with `format=xlsx`, as an Excel workbook with Indonesian headers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResupplyRequestPage"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    ResupplyController_create_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateResupplyRequest"];
            };
        };
        responses: {
            /** @description Recorded; or, for a retry of the same request (same `id`, same body), the original result */
            201: {
                headers: {
                    /** @description `true` when this answer is the replay of a request already recorded; absent otherwise */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResupplyRequestDetail"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is larger than BODY_LIMIT (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is not UTF-8 JSON sent as application/json (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Well-formed but refers to something that cannot be used */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    ResupplyController_get_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResupplyRequestDetail"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    ResupplyController_approve_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResupplyRequestDetail"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Conflicts with existing data (for example a code already in use) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is larger than BODY_LIMIT (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is not UTF-8 JSON sent as application/json (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    ResupplyController_cancel_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResupplyRequestDetail"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Conflicts with existing data (for example a code already in use) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    ResupplyController_reject_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResupplyRequestDetail"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Conflicts with existing data (for example a code already in use) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is larger than BODY_LIMIT (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is not UTF-8 JSON sent as application/json (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    SessionsController_revoke_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviceSessionResponse"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    ShipmentsController_list_v1: {
        parameters: {
            query?: {
                /** @description Relative to the points you work at (or to pointId) */
                direction?: "inbound" | "outbound";
                /** @description How many items to return */
                limit?: number;
                /** @description How many items to skip */
                offset?: number;
                /** @description Only shipments from or to this point */
                pointId?: string;
                status?: "in_transit" | "received" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShipmentPage"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    ShipmentsController_dispatch_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DispatchShipmentRequest"];
            };
        };
        responses: {
            /** @description Recorded; or, for a retry of the same request (same `id`, same body), the original result */
            201: {
                headers: {
                    /** @description `true` when this answer is the replay of a request already recorded; absent otherwise */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShipmentResponse"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is larger than BODY_LIMIT (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is not UTF-8 JSON sent as application/json (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Well-formed but refers to something that cannot be used */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    ShipmentsController_get_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShipmentResponse"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    ShipmentsController_cancel_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelShipmentRequest"];
            };
        };
        responses: {
            /** @description Recorded; or, for a retry of the same request (same `id`, same body), the original result */
            201: {
                headers: {
                    /** @description `true` when this answer is the replay of a request already recorded; absent otherwise */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShipmentResponse"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Conflicts with existing data (for example a code already in use) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is larger than BODY_LIMIT (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is not UTF-8 JSON sent as application/json (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    DocumentsController_bast_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An A4 PDF in Indonesian */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Conflicts with existing data (for example a code already in use) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    DocumentsController_sbbk_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An A4 PDF in Indonesian */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    ShipmentsController_receive_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReceiveShipmentRequest"];
            };
        };
        responses: {
            /** @description Recorded; or, for a retry of the same request (same `id`, same body), the original result */
            201: {
                headers: {
                    /** @description `true` when this answer is the replay of a request already recorded; absent otherwise */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShipmentResponse"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Conflicts with existing data (for example a code already in use) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is larger than BODY_LIMIT (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is not UTF-8 JSON sent as application/json (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Well-formed but refers to something that cannot be used */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    ShortagesController_report_v1: {
        parameters: {
            query?: {
                category?: "needle_syringe" | "swab" | "condom" | "lubricant" | "iec" | "naloxone" | "other";
                /** @description csv: every matching row, with a header row; xlsx: the same rows as an Excel workbook with Indonesian headers */
                format?: "json" | "csv" | "xlsx";
                /** @description How many items to return */
                limit?: number;
                /** @description How many items to skip */
                offset?: number;
                pointType?: "district_health_office" | "ngo_office" | "drop_in_centre" | "puskesmas" | "hospital" | "outreach" | "other";
                productId?: string;
                /** @description Only the regencies of this province */
                provinceCode?: string;
                /** @description Omit for everything in your scope (the whole country for administrators) */
                regencyCode?: string;
                /** @description CSV only. semicolon: for a spreadsheet set to Indonesian (Excel id-ID): `;` between fields, a decimal comma, and a UTF-8 byte order mark */
                separator?: "comma" | "semicolon";
                /** @description point: regency, point and product code (default); monthsOfStock: fewest months first (no AMC last); suggestedQuantity: largest first. The CSV export keeps report order */
                sort?: "point" | "monthsOfStock" | "suggestedQuantity";
                status?: "stockout" | "below_min" | "ok" | "above_max" | "no_consumption";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON by default; with `format=csv`, every matching row as CSV with a header row; with `format=xlsx`, as an Excel workbook with Indonesian headers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShortageReport"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    ShortagesController_scan_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusScanResult"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    SyncController_movements_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SyncMovementsRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncMovementsResponse"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is larger than BODY_LIMIT (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is not UTF-8 JSON sent as application/json (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    UsersController_list_v1: {
        parameters: {
            query?: {
                active?: boolean;
                /** @description How many items to return */
                limit?: number;
                /** @description How many items to skip */
                offset?: number;
                /** @description Part of the username */
                q?: string;
                role?: "admin" | "district_officer" | "point_staff" | "outreach_officer";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPage"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    UsersController_create_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Conflicts with existing data (for example a code already in use) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is larger than BODY_LIMIT (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is not UTF-8 JSON sent as application/json (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Well-formed but refers to something that cannot be used */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    UsersController_get_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    UsersController_update_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is larger than BODY_LIMIT (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is not UTF-8 JSON sent as application/json (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Well-formed but refers to something that cannot be used */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    SessionsController_list_v1: {
        parameters: {
            query?: {
                /** @description How many items to return */
                limit?: number;
                /** @description How many items to skip */
                offset?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviceSessionPage"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    WebhooksController_list_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookResponse"][];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    WebhooksController_create_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookCreated"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is larger than BODY_LIMIT (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The body is not UTF-8 JSON sent as application/json (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    WebhooksController_deactivate_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookResponse"];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    WebhooksController_deliveries_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryResponse"][];
                };
            };
            /** @description Invalid input (code VALIDATION_FAILED or MALFORMED_JSON); `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description No token, an expired or invalid token, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Your role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description Not found, or outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description A bug (INTERNAL_ERROR): logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
            /** @description The database is unreachable (DATABASE_UNAVAILABLE, with Retry-After) or the request took too long (REQUEST_TIMED_OUT): nothing was recorded; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemSchema"];
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example ok
                         * @enum {string}
                         */
                        status?: "ok" | "degraded";
                    };
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect",
                         *         "responseTime": 3005
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect",
                         *         "responseTime": 3005
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example error
                         * @enum {string}
                         */
                        status?: "error" | "shutting_down";
                    };
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example ok
                         * @enum {string}
                         */
                        status?: "ok" | "degraded";
                    };
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect",
                         *         "responseTime": 3005
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect",
                         *         "responseTime": 3005
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example error
                         * @enum {string}
                         */
                        status?: "error" | "shutting_down";
                    };
                };
            };
        };
    };
}
