SELECT va.activity_id, va.module_id, va.kind, va.title, vm.title AS module_title, va.required
     FROM version_activities va
     JOIN version_modules vm ON vm.version_id = va.version_id AND vm.module_id = va.module_id
     WHERE va.version_id = $1 ORDER BY va.ordinal
